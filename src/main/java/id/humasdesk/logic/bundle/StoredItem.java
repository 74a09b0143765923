package id.humasdesk.logic.bundle;

import java.time.Instant;
import java.util.UUID;

/**
 * What headquarters holds of a received release: enough to decide new, newer, same or conflict.
 * {@code bundleCreatedAt} is when the office wrote the bundle it came in: of two copies of one
 * version that differ only in state, the later one wins.
 */
public record StoredItem(UUID id, String originOffice, long version, String sha256, Instant bundleCreatedAt) {
}
