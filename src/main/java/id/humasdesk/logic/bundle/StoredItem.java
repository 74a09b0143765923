package id.humasdesk.logic.bundle;

import java.util.UUID;

/** What headquarters holds of a received release: enough to decide new, newer, same or conflict. */
public record StoredItem(UUID id, String originOffice, long version, String sha256) {
}
