package id.humasdesk.logic.search;

import java.util.UUID;

/** One queued change: release {@code releaseId} changed, as the {@code seq}-th change overall. */
public record OutboxEntry(long seq, UUID releaseId) {
}
