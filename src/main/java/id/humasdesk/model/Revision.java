package id.humasdesk.model;

import java.time.Instant;
import java.util.UUID;

/** A saved state of a release's content. Revisions are never changed or deleted. */
public record Revision(UUID releaseId, int number, ReleaseContent content, UUID savedBy, Instant savedAt) {
}
