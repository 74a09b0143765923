package id.humasdesk.model;

import java.time.Instant;
import java.util.UUID;

/** One row of the library: what a list shows without loading the whole text. */
public record ReleaseSummary(
        UUID id,
        String number,
        ReleaseType type,
        String headline,
        ReleaseStatus status,
        UUID authorId,
        String authorName,
        Instant updatedAt) {
}
