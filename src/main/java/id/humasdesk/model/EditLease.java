package id.humasdesk.model;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Who is editing a release right now, on which machine. The open editor renews {@code expiresAt}
 * every few seconds; {@code lastEditAt} moves only when the holder types or saves.
 */
public record EditLease(UUID releaseId, UUID userId, String userName, String machine, Instant acquiredAt,
        Instant lastEditAt, Instant expiresAt) {
    /** How long an open editor may sit untouched before a reviewer may take the release over. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(15);

    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Expired (the editor closed or crashed) or idle for {@link #STALE_AFTER}. */
    public boolean staleAt(Instant now) {
        return !activeAt(now) || !now.isBefore(lastEditAt.plus(STALE_AFTER));
    }
}
