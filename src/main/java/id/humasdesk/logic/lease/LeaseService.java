package id.humasdesk.logic.lease;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.common.Machine;
import id.humasdesk.logic.common.Transactor;
import id.humasdesk.model.Clocks;
import id.humasdesk.model.EditLease;
import id.humasdesk.model.EditRights;
import id.humasdesk.model.Release;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Edit leases: one editor per release at a time. The holder's editor renews the lease; a crash
 * lets it expire. Take-over of a stale lease is for reviewers and admins (see {@link EditLease}).
 */
public final class LeaseService {
    public static final Duration TTL = Duration.ofMinutes(2);
    private final LeaseRepository leases;
    private final Authority authority;
    private final Transactor tx;
    private final Clock clock;
    private final Function<UUID, Optional<Release>> releases;

    /** The outcome of asking to edit: granted, or the lease someone else holds. */
    public record Outcome(boolean granted, EditLease lease) {
    }

    /** {@code releases} looks a release up by id, so every lease is checked against {@link EditRights}. */
    public LeaseService(LeaseRepository leases, UserRepository users, Transactor tx, Clock clock,
            Function<UUID, Optional<Release>> releases) {
        this.releases = releases;
        this.leases = leases;
        this.authority = new Authority(users);
        this.tx = tx;
        this.clock = clock;
    }

    /** Refuses (with the reason) when this user may not edit the release in its current status. */
    public Outcome acquire(User actor, UUID releaseId, String machine) {
        User me = authority.actor(actor);
        Instant now = now();
        return tx.inTransaction(() -> {
            EditRights.require(me, release(releaseId));
            Optional<EditLease> held = leases.findForUpdate(releaseId);
            if (held.isPresent() && held.get().activeAt(now) && !held.get().userId().equals(me.id())) {
                return new Outcome(false, held.get());
            }
            Instant since = held.filter(l -> l.userId().equals(me.id()) && l.activeAt(now))
                    .map(EditLease::acquiredAt).orElse(now);
            EditLease lease = new EditLease(releaseId, me.id(), me.fullName(), machine, since, now, now.plus(TTL));
            leases.put(lease);
            return new Outcome(true, lease);
        });
    }

    /**
     * Keeps the lease alive; false when someone else holds it now (taken over), so the editor turns
     * read-only. A release saved for the first time in this editor has no lease yet: it gets one.
     * Also false once the release may no longer be edited by this user (published, withdrawn, trashed).
     */
    public boolean renew(User claimed, UUID releaseId, boolean edited) {
        User actor = authority.actor(claimed);
        Instant now = now();
        return tx.inTransaction(() -> {
            if (!EditRights.allows(actor, release(releaseId))) {
                return false;
            }
            Optional<EditLease> held = leases.findForUpdate(releaseId);
            if (held.isEmpty()) {
                leases.put(new EditLease(releaseId, actor.id(), actor.fullName(), Machine.name(), now, now,
                        now.plus(TTL)));
                return true;
            }
            if (!held.get().userId().equals(actor.id())) {
                return false;
            }
            EditLease l = held.get();
            leases.put(new EditLease(releaseId, l.userId(), l.userName(), l.machine(), l.acquiredAt(),
                    edited ? now : l.lastEditAt(), now.plus(TTL)));
            return true;
        });
    }

    public void release(User actor, UUID releaseId) {
        leases.remove(releaseId, actor.id());
    }

    public Optional<EditLease> current(UUID releaseId) {
        Instant now = now();
        return leases.find(releaseId).filter(l -> l.activeAt(now));
    }

    /** Refuses when someone else holds an active lease on the release. */
    public void requireNotHeldByOther(User actor, UUID releaseId) {
        Instant now = now();
        leases.find(releaseId).filter(l -> l.activeAt(now) && !l.userId().equals(actor.id())).ifPresent(l -> {
            throw new UserFacingException("error.lease.heldBy", l.userName(), l.machine());
        });
    }

    /**
     * A reviewer or admin takes a stale lease. Returns the displaced lease (if any) so the caller can
     * keep the displaced user's unsaved text as a revision.
     */
    public Optional<EditLease> takeOver(User actor, UUID releaseId, String machine) {
        User me = authority.actor(actor);
        if (!me.has(Role.REVIEWER) && !me.has(Role.ADMIN)) {
            throw new UserFacingException("error.lease.takeOverRole");
        }
        Instant now = now();
        return tx.inTransaction(() -> {
            EditRights.require(me, release(releaseId));
            Optional<EditLease> held = leases.findForUpdate(releaseId);
            if (held.isPresent() && !held.get().userId().equals(me.id()) && !held.get().staleAt(now)) {
                throw new UserFacingException("error.lease.notStale", held.get().userName(),
                        EditLease.STALE_AFTER.toMinutes());
            }
            leases.put(new EditLease(releaseId, me.id(), me.fullName(), machine, now, now, now.plus(TTL)));
            return held.filter(l -> !l.userId().equals(me.id()));
        });
    }

    private Release release(UUID releaseId) {
        return releases.apply(releaseId).orElseThrow(() -> new UserFacingException("error.release.notFound"));
    }

    private Instant now() {
        return Clocks.truncate(clock.instant());
    }
}
