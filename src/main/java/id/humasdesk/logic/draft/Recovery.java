package id.humasdesk.logic.draft;

import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import java.time.Instant;
import java.util.UUID;

/**
 * Unsaved editor content written every few seconds, so a crash loses at most that much typing.
 * {@code releaseId} is null for a release that was never saved.
 */
public record Recovery(UUID id, UUID userId, UUID releaseId, ReleaseType type, ReleaseContent content,
        Instant savedAt) {
}
