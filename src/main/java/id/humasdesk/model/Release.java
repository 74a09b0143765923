package id.humasdesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A release as stored: identity, workflow state and current content. {@code version} grows with
 * every update and guards against lost updates.
 */
public record Release(
        UUID id,
        String officeCode,
        String number,
        ReleaseType type,
        ReleaseStatus status,
        ReleaseContent content,
        UUID authorId,
        Instant createdAt,
        Instant updatedAt,
        long version,
        boolean trashed) {

    public Release {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(authorId, "authorId");
    }

    public Release withContent(ReleaseContent c, Instant at) {
        return new Release(id, officeCode, number, type, status, c, authorId, createdAt, at, version, trashed);
    }

    public Release withStatus(ReleaseStatus s, Instant at) {
        return new Release(id, officeCode, number, type, s, content, authorId, createdAt, at, version, trashed);
    }

    public Release withTrashed(boolean t, Instant at) {
        return new Release(id, officeCode, number, type, status, content, authorId, createdAt, at, version, t);
    }

    public Release withVersion(long v) {
        return new Release(id, officeCode, number, type, status, content, authorId, createdAt, updatedAt, v, trashed);
    }
}
