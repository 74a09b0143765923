package id.humasdesk.logic.review;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.common.ReleaseHooks;
import id.humasdesk.logic.common.Transactor;
import id.humasdesk.logic.draft.ReleaseRepository;
import id.humasdesk.logic.draft.RevisionRepository;
import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.model.Clocks;
import id.humasdesk.model.Comment;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.Role;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.model.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moves releases through review. Every move is checked here against the user's stored roles and
 * the release's state, whoever calls, and leaves an audit event.
 */
public final class ReviewService {
    private static final Set<Transition> MOVES = EnumSet.of(Transition.SUBMIT, Transition.REQUEST_CHANGES,
            Transition.APPROVE, Transition.RECALL, Transition.WITHDRAW, Transition.REOPEN, Transition.CORRECT);
    private final ReleaseRepository releases;
    private final RevisionRepository revisions;
    private final CommentRepository comments;
    private final QueueRepository queues;
    private final Auditor auditor;
    private final LeaseService leases;
    private final Authority authority;
    private final Transactor tx;
    private final Clock clock;
    private final ReleaseGate gate;
    private final ReleaseHooks hooks;

    /**
     * What review uses; {@code gate} is the check run before submit and approve (the writing
     * checklist), {@code hooks} what other features do on approval (scheduling resumes paused plans).
     */
    public record Deps(ReleaseRepository releases, RevisionRepository revisions, CommentRepository comments,
            QueueRepository queues, Auditor auditor, LeaseService leases, UserRepository users, Transactor tx,
            Clock clock, ReleaseGate gate, ReleaseHooks hooks) {
    }

    public ReviewService(Deps d) {
        this.releases = d.releases();
        this.revisions = d.revisions();
        this.comments = d.comments();
        this.queues = d.queues();
        this.auditor = d.auditor();
        this.leases = d.leases();
        this.authority = new Authority(d.users());
        this.tx = d.tx();
        this.clock = d.clock();
        this.gate = d.gate() == null ? ReleaseGate.NONE : d.gate();
        this.hooks = d.hooks() == null ? ReleaseHooks.NONE : d.hooks();
    }

    public Release submit(User actor, UUID id, long version) {
        return move(actor, id, version, Transition.SUBMIT, "");
    }

    public Release requestChanges(User actor, UUID id, long version, String reason) {
        return move(actor, id, version, Transition.REQUEST_CHANGES, reason);
    }

    public Release approve(User actor, UUID id, long version) {
        return move(actor, id, version, Transition.APPROVE, "");
    }

    public Release recall(User actor, UUID id, long version) {
        return move(actor, id, version, Transition.RECALL, "");
    }

    public Release withdraw(User actor, UUID id, long version, String reason) {
        return move(actor, id, version, Transition.WITHDRAW, reason);
    }

    public Release reopen(User actor, UUID id, long version, String reason) {
        return move(actor, id, version, Transition.REOPEN, reason);
    }

    /** A published release gets a correction: a new version that goes through review again. */
    public Release correct(User actor, UUID id, long version) {
        return move(actor, id, version, Transition.CORRECT, "");
    }

    /**
     * The moves this user could make on this release now (for the buttons; logic checks again).
     * SCHEDULE is offered here but made through the schedule service, which asks for channels.
     */
    public Set<Transition> available(User actor, Release r) {
        Set<Transition> out = EnumSet.noneOf(Transition.class);
        User me = authority.actor(actor);
        Set<UUID> authors = authors(r);
        for (Transition t : MOVES) {
            if (Workflow.allowed(r.status(), t) && permitted(me, r, t, authors) == null) {
                out.add(t);
            }
        }
        if (Workflow.allowed(r.status(), Transition.SCHEDULE) && (me.has(Role.REVIEWER) || me.has(Role.ADMIN))) {
            out.add(Transition.SCHEDULE);
        }
        return out;
    }

    private Release move(User actor, UUID id, long version, Transition t, String reason) {
        User me = authority.actor(actor);
        if (t.needsReason() && (reason == null || reason.isBlank())) {
            throw new UserFacingException("error.review.reasonRequired");
        }
        Instant now = Clocks.truncate(clock.instant());
        return tx.inTransaction(() -> {
            Release r = releases.findById(id).orElseThrow(() -> new UserFacingException("error.release.notFound"));
            if (r.trashed()) {
                throw new UserFacingException("error.release.inTrash");
            }
            ReleaseStatus to = Workflow.target(r.status(), t);
            String refusal = permitted(me, r, t, authors(r));
            if (refusal != null) {
                throw new UserFacingException(refusal);
            }
            if (r.version() != version) {
                throw new ConflictException(r.number());
            }
            leases.requireNotHeldByOther(me, id);
            if (t == Transition.SUBMIT && comments.openChangeRequests(id) > 0) {
                throw new UserFacingException("error.review.openChangeRequests", comments.openChangeRequests(id));
            }
            if (t == Transition.SUBMIT || t == Transition.APPROVE) {
                gate.check(me, r, t);
            }
            Release moved = releases.update(r.withStatus(to, now));
            if (t == Transition.REQUEST_CHANGES) {
                comments.insert(new Comment(UUID.randomUUID(), id, null, null, me.id(), me.fullName(), reason.strip(),
                        Comment.Kind.CHANGE_REQUEST, now, null, null));
            }
            auditor.record(me, moved, t, r.status(), to, reason, revisions.lastNumber(id), now);
            return t == Transition.APPROVE ? hooks.approved(me, moved) : moved;
        });
    }

    /** Null when allowed, else the message key of the refusal. */
    private static String permitted(User me, Release r, Transition t, Set<UUID> authors) {
        boolean creator = r.authorId().equals(me.id());
        boolean reviewer = me.has(Role.REVIEWER);
        return switch (t) {
            case SUBMIT, RECALL -> creator && me.has(Role.WRITER) || me.has(Role.ADMIN) ? null
                    : "error.review.onlyAuthor";
            case REQUEST_CHANGES -> !reviewer ? "error.review.onlyReviewer"
                    : creator ? "error.review.ownRelease" : null;
            case APPROVE -> !reviewer ? "error.review.onlyReviewer"
                    : authors.contains(me.id()) ? "error.review.fourEyes" : null;
            case WITHDRAW -> reviewer || me.has(Role.ADMIN)
                    || creator && EnumSet.of(ReleaseStatus.DRAFT, ReleaseStatus.CHANGES_REQUESTED,
                            ReleaseStatus.IN_REVIEW).contains(r.status()) ? null : "error.review.withdrawRole";
            case REOPEN -> reviewer || me.has(Role.ADMIN) ? null : "error.review.onlyReviewer";
            case CORRECT -> reviewer || creator && me.has(Role.WRITER) ? null : "error.review.onlyAuthor";
            default -> "error.review.notAReviewMove";
        };
    }

    private Set<UUID> authors(Release r) {
        Set<UUID> a = new java.util.HashSet<>(revisions.savers(r.id()));
        a.add(r.authorId());
        return a;
    }

    /** Reviewer: releases of others in review. Writer: own releases with changes requested. */
    public List<ReleaseSummary> queue(User actor) {
        User me = authority.actor(actor);
        List<ReleaseSummary> out = new java.util.ArrayList<>();
        if (me.has(Role.REVIEWER)) {
            out.addAll(queues.inStatus(ReleaseStatus.IN_REVIEW, null, me.id(), 500));
        }
        if (me.has(Role.WRITER)) {
            out.addAll(queues.inStatus(ReleaseStatus.CHANGES_REQUESTED, me.id(), null, 500));
        }
        return out;
    }
}
