package id.humasdesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A remark on a release, optionally on one paragraph (0 = lead, 1.. = body paragraphs), possibly a
 * reply. A change request is a comment of kind CHANGE_REQUEST the writer resolves before resubmitting.
 */
public record Comment(UUID id, UUID releaseId, UUID parentId, Integer paragraph, UUID authorId, String authorName,
        String body, Kind kind, Instant createdAt, Instant resolvedAt, String resolvedByName) {

    /** A plain remark, or the reviewer's request that blocks resubmission until resolved. */
    public enum Kind { REMARK, CHANGE_REQUEST }

    public boolean open() {
        return resolvedAt == null;
    }
}
