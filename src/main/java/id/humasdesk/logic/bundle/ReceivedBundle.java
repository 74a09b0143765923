package id.humasdesk.logic.bundle;

import java.time.Instant;
import java.util.UUID;

/** A bundle headquarters imported: its place in the office's chain and where it came from. */
public record ReceivedBundle(UUID bundleId, String officeCode, UUID previousBundleId, Instant createdAt,
        String createdBy, Instant importedAt, String importedBy, int itemCount, String fileName, String sha256,
        boolean chainGap) {
}
