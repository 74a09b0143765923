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
    private final id.humasdesk.logic.account.Authority authority;

    public Auditor(AuditRepository repository, id.humasdesk.logic.account.UserRepository users) {
        this.repository = repository;
        this.authority = new id.humasdesk.logic.account.Authority(users);
    }

    public void record(User actor, Release release, Transition action, ReleaseStatus from, ReleaseStatus to,
            String reason, int revision, Instant at) {
        repository.append(new AuditEvent(UUID.randomUUID(), release.id(), release.number(), at, actor.id(),
                actor.fullName(), action, from, to, reason == null ? "" : reason.strip(), revision));
    }

    public List<AuditEvent> forRelease(UUID releaseId) {
        return repository.forRelease(releaseId);
    }

    /** {@link #forRelease} for many releases in few queries; releases without events are absent. */
    public java.util.Map<UUID, List<AuditEvent>> forReleases(java.util.Collection<UUID> releaseIds) {
        return repository.forReleases(releaseIds);
    }

    /** The whole office's log, newest first: admins only. */
    public List<AuditEvent> recent(User actor, int limit) {
        authority.require(actor, id.humasdesk.model.Role.ADMIN);
        return repository.recent(limit);
    }
}
