package id.humasdesk.logic.bundle;

import java.time.Instant;
import java.util.UUID;

/** One line of the export history. */
public record ExportRecord(UUID bundleId, Instant createdAt, String createdBy, int itemCount, int photoCount,
        String path, long size, String sha256, UUID previousBundleId) {
}
