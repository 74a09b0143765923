package id.humasdesk.logic.audit;

import id.humasdesk.model.AuditEvent;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes audit events; every feature that changes a release goes through here. */
public final class Auditor {
    private final AuditRepository repository;

    public Auditor(AuditRepository repository) {
        this.repository = repository;
    }

    public void record(User actor, Release release, Transition action, ReleaseStatus from, ReleaseStatus to,
            String reason, int revision, Instant at) {
        repository.append(new AuditEvent(UUID.randomUUID(), release.id(), release.number(), at, actor.id(),
                actor.fullName(), action, from, to, reason == null ? "" : reason.strip(), revision));
    }

    public List<AuditEvent> forRelease(UUID releaseId) {
        return repository.forRelease(releaseId);
    }

    public List<AuditEvent> recent(int limit) {
        return repository.recent(limit);
    }
}
