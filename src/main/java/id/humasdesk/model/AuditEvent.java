package id.humasdesk.model;

import java.time.Instant;
import java.util.UUID;

/** One line of the append-only audit log: who did what to which release, when and why. */
public record AuditEvent(UUID id, UUID releaseId, String releaseNumber, Instant at, UUID actorId, String actorName,
        Transition action, ReleaseStatus from, ReleaseStatus to, String reason, int revision) {
}
