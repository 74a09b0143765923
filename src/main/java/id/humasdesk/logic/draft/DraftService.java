package id.humasdesk.logic.draft;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.common.ReleaseHooks;
import id.humasdesk.logic.common.StoreOutage;
import id.humasdesk.logic.common.Transactor;
import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.model.Clocks;
import id.humasdesk.model.EditRights;
import id.humasdesk.model.Office;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Revision;
import id.humasdesk.model.Role;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.model.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Writing releases: create, save (each save a revision), trash and restore, crash recovery. */
public final class DraftService {
    private final ReleaseRepository releases;
    private final RevisionRepository revisions;
    private final RecoveryRepository recoveries;
    private final LocalRecoveries local;
    private final Authority authority;
    private final UserRepository users;
    private final Transactor tx;
    private final Clock clock;
    private final Supplier<Office> office;
    private final NumberingSettings numberFormat;
    private final Auditor auditor;
    private final LeaseService leases;
    private final Templates templates = new Templates();
    private final ReleaseHooks hooks;

    /**
     * What drafting uses: stores, the office, numbering, audit, leases, and {@code hooks}: what other
     * features do when an edit sends a release back to review (scheduling pauses plans).
     * {@code recoveries} are the recovery records in the database, {@code local} this PC's own copy
     * of its users' recovery records ({@link LocalRecoveries#NONE} when the database is this PC's own file).
     */
    public record Deps(ReleaseRepository releases, RevisionRepository revisions, RecoveryRepository recoveries,
            LocalRecoveries local, UserRepository users, Transactor tx, Clock clock, Supplier<Office> office,
            NumberingSettings numberFormat, Auditor auditor, LeaseService leases, ReleaseHooks hooks) {
    }

    public DraftService(Deps d) {
        this.auditor = d.auditor();
        this.leases = d.leases();
        this.releases = d.releases();
        this.revisions = d.revisions();
        this.recoveries = d.recoveries();
        this.local = d.local();
        this.authority = new Authority(d.users());
        this.users = d.users();
        this.tx = d.tx();
        this.clock = d.clock();
        this.office = d.office();
        this.numberFormat = d.numberFormat();
        this.hooks = d.hooks() == null ? ReleaseHooks.NONE : d.hooks();
    }

    /** Content a new release of this type starts with; nothing is stored yet. */
    public ReleaseContent template(User actor, ReleaseType type) {
        User writer = authority.require(actor, Role.WRITER);
        return templates.start(type, office.get(), writer, today());
    }

    /** The release number format, readable by all, changed by admins. */
    public NumberingSettings numbering() {
        return numberFormat;
    }

    /** Stores a new draft with the next release number and its first revision. */
    public Release create(User actor, ReleaseType type, ReleaseContent content) {
        User writer = authority.require(actor, Role.WRITER);
        requireSavable(content);
        Instant now = now();
        Office o = office.get();
        LocalDate day = today();
        return tx.inTransaction(() -> {
            int seq = releases.nextSequence(o.code(), day.getYear());
            String number = numberFormat.get().format(seq, o.code(), day.getYear(), day.getMonthValue(), type);
            Release r = new Release(UUID.randomUUID(), o.code(), number, type, ReleaseStatus.DRAFT, content,
                    writer.id(), now, now, 1, false);
            releases.insert(r);
            revisions.append(new Revision(r.id(), 1, content, writer.id(), now));
            auditor.record(writer, r, Transition.CREATE, null, ReleaseStatus.DRAFT, "", 1, now);
            return r;
        });
    }

    /**
     * Saves new content as a revision. Fails with a conflict when {@code expectedVersion} is no
     * longer the stored one, so nobody silently overwrites someone else's work. Editing an approved
     * or scheduled release sends it back to review.
     */
    public Release save(User actor, UUID releaseId, long expectedVersion, ReleaseContent content) {
        User editor = authority.actor(actor);
        requireSavable(content);
        Instant now = now();
        return tx.inTransaction(() -> {
            Release current = loadForEdit(editor, releaseId);
            if (current.version() != expectedVersion) {
                Revision last = lastRevision(releaseId);
                throw new ConflictException(current.number(), last.savedBy(), last.savedAt());
            }
            if (current.content().equals(content)) {
                return current;
            }
            return appendRevision(editor, current, content, now, "");
        });
    }

    /**
     * Stores content as the next revision on top of whatever is current: "keep mine" after a
     * conflict, restoring an old revision, keeping a displaced editor's text. Same permissions as save.
     */
    public Release saveOnTop(User actor, UUID releaseId, ReleaseContent content, String note) {
        User editor = authority.actor(actor);
        requireSavable(content);
        Instant now = now();
        return tx.inTransaction(() -> appendRevision(editor, loadForEdit(editor, releaseId), content, now, note));
    }

    /** The stored release, if this user may change it now and nobody else holds its lease. */
    private Release loadForEdit(User editor, UUID releaseId) {
        Release current = load(releaseId);
        requireMayEdit(editor, current);
        leases.requireNotHeldByOther(editor, releaseId);
        return current;
    }

    /**
     * A reviewer or admin takes over a release whose editor went idle. Whatever the displaced user
     * had typed (their autosaved recovery) becomes a revision in their name first, so nothing is lost,
     * but only while a save would keep the status (draft, in review, changes requested) and the
     * displaced user could have saved it. On an approved or scheduled release the text stays their
     * recovery: they see it at their next start, and saving it sends the release back to review.
     */
    public Release takeOver(User actor, UUID releaseId, String machine) {
        User taker = authority.actor(actor);
        return tx.inTransaction(() -> {
            Release current = load(releaseId);
            EditRights.require(taker, current);
            var displaced = leases.takeOver(taker, releaseId, machine);
            Instant now = now();
            boolean kept = false;
            if (displaced.isPresent()) {
                UUID who = displaced.get().userId();
                Release before = current;
                boolean theyMaySave = before.status().editableInPlace()
                        && users.findById(who).map(u -> EditRights.allows(u, before)).orElse(false);
                for (Recovery rec : recoveries.list(who)) {
                    if (!releaseId.equals(rec.releaseId())) {
                        continue;
                    }
                    if (!theyMaySave) {
                        kept |= !rec.content().equals(current.content());
                        continue;
                    }
                    if (!rec.content().equals(current.content())) {
                        int revision = revisions.lastNumber(releaseId) + 1;
                        current = releases.update(current.withContent(rec.content(), now));
                        revisions.append(new Revision(releaseId, revision, rec.content(), who, now));
                    }
                    recoveries.remove(rec.id());
                }
            }
            String note = displaced.map(l -> l.userName() + " @ " + l.machine()).orElse("")
                    + (kept ? " (" + KEPT_AS_RECOVERY + ")" : "");
            auditor.record(taker, current, Transition.TAKE_OVER, current.status(), current.status(), note,
                    revisions.lastNumber(releaseId), now);
            return current;
        });
    }

    /** Audit note when a displaced editor's text stays their recovery instead of becoming a revision. */
    public static final String KEPT_AS_RECOVERY = "unsaved text kept as the writer's recovery";

    private Release appendRevision(User editor, Release current, ReleaseContent content, Instant now, String note) {
        UUID releaseId = current.id();
        int revision = revisions.lastNumber(releaseId) + 1;
        ReleaseStatus from = current.status();
        boolean backToReview = Workflow.allowed(from, Transition.EDIT_AFTER_APPROVAL);
        Release changed = current.withContent(content, now);
        if (backToReview) {
            changed = changed.withStatus(Workflow.target(from, Transition.EDIT_AFTER_APPROVAL), now);
        }
        Release saved = releases.update(changed);
        revisions.append(new Revision(releaseId, revision, content, editor.id(), now));
        auditor.record(editor, saved, backToReview ? Transition.EDIT_AFTER_APPROVAL : Transition.SAVE, from,
                saved.status(), note, revision, now);
        if (backToReview) {
            hooks.returnedToReview(editor, saved);
        }
        return saved;
    }

    private Revision lastRevision(UUID releaseId) {
        List<Revision> all = revisions.list(releaseId);
        return all.get(all.size() - 1);
    }

    public Release load(UUID releaseId) {
        return releases.findById(releaseId).orElseThrow(() -> new UserFacingException("error.release.notFound"));
    }

    public List<Revision> revisions(UUID releaseId) {
        return revisions.list(releaseId);
    }

    /** Moves a draft to the trash. Only drafts: anything a reviewer has seen stays on record. */
    public Release trash(User actor, UUID releaseId) {
        return setTrashed(actor, releaseId, true);
    }

    public Release restore(User actor, UUID releaseId) {
        return setTrashed(actor, releaseId, false);
    }

    private Release setTrashed(User actor, UUID releaseId, boolean trashed) {
        User user = authority.actor(actor);
        return tx.inTransaction(() -> {
            Release r = load(releaseId);
            if (!r.status().trashable()) {
                throw new UserFacingException("error.release.trashOnlyDrafts");
            }
            if (!r.authorId().equals(user.id()) && !user.has(Role.ADMIN)) {
                throw new UserFacingException("error.release.notYours");
            }
            if (r.trashed() == trashed) {
                return r;
            }
            Release updated = releases.update(r.withTrashed(trashed, now()));
            auditor.record(user, updated, trashed ? Transition.TRASH : Transition.RESTORE, r.status(), r.status(),
                    "", revisions.lastNumber(releaseId), updated.updatedAt());
            return updated;
        });
    }

    /**
     * Keeps unsaved typing; only for text its user may edit (a new release, or one they may change).
     * The typing goes to this PC's disk first, before anything can wait on the network; then, once
     * the rights are checked, to the office database. When the office database server cannot be
     * reached the typing stays on this PC ({@link Autosaved#ONLY_ON_THIS_PC}) and is offered again
     * at the next start; saving it checks the rights again. A refusal removes the local copy too.
     */
    public Autosaved autosave(User actor, Recovery recovery) {
        if (actor == null) {
            throw new UserFacingException("error.auth.notSignedIn");
        }
        if (!actor.id().equals(recovery.userId())) {
            throw new UserFacingException("error.release.notYours");
        }
        local.put(recovery, false);
        try {
            User user = authority.actor(actor);
            if (recovery.releaseId() != null) {
                EditRights.require(user, load(recovery.releaseId()));
            } else {
                authority.require(user, Role.WRITER);
            }
            recoveries.put(recovery);
        } catch (UserFacingException e) {
            if (StoreOutage.is(e)) {
                return Autosaved.ONLY_ON_THIS_PC;
            }
            local.remove(recovery.id());
            throw e;
        }
        local.put(recovery, true);
        return Autosaved.SAVED;
    }

    /**
     * Keeps this text on this PC only, without touching the database: for a Save that the office
     * server just refused as unreachable (asking it again would wait for the pool's timeout first).
     * Only the user's own text; saving it later checks every right again.
     */
    public void keepOnThisPc(User actor, Recovery recovery) {
        if (actor == null || !actor.id().equals(recovery.userId())) {
            throw new UserFacingException("error.release.notYours");
        }
        local.put(recovery, false);
    }

    /**
     * This user's unsaved typing to offer after a crash or an outage: the office database's records
     * and this PC's, the newer version of each. A local copy that the office database had but no
     * longer has was used up elsewhere (saved, discarded, or turned into a revision by a take-over on
     * another PC) and is dropped; one the database never had is offered.
     */
    public List<Recovery> pendingRecoveries(User actor) {
        User user = authority.actor(actor);
        java.util.Map<UUID, Recovery> byId = new java.util.LinkedHashMap<>();
        for (Recovery r : recoveries.list(user.id())) {
            byId.put(r.id(), r);
        }
        for (LocalRecoveries.Kept k : local.list(user.id())) {
            Recovery there = byId.get(k.recovery().id());
            if (there == null && k.shared()) {
                local.remove(k.recovery().id());
            } else if (there == null || k.recovery().savedAt().isAfter(there.savedAt())) {
                byId.put(k.recovery().id(), k.recovery());
            }
        }
        return byId.values().stream().sorted(java.util.Comparator.comparing(Recovery::savedAt)).toList();
    }

    /**
     * The typing was saved or thrown away: both copies go. When the office database cannot be
     * reached both stay and the text is offered once more later (better twice than lost); this is
     * not an error, so a save that succeeded just before is not reported as failed.
     */
    public void discardRecovery(UUID recoveryId) {
        try {
            recoveries.remove(recoveryId);
        } catch (UserFacingException e) {
            if (StoreOutage.is(e)) {
                return;
            }
            throw e;
        }
        local.remove(recoveryId);
    }

    /** How many unsaved texts this PC keeps for any user; needs no database (for the outage message). */
    public int keptOnThisPc() {
        return local.count();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(office.get().zone()));
    }

    /** Whether this user may change the text now (for the editor's read-only state). */
    public boolean mayEdit(User actor, Release r) {
        try {
            requireMayEdit(authority.actor(actor), r);
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }

    private void requireMayEdit(User editor, Release r) {
        EditRights.require(editor, r);
    }

    private static void requireSavable(ReleaseContent content) {
        if (content.headline().isEmpty()) {
            throw new UserFacingException("validation.headline.required");
        }
    }

    private Instant now() {
        return Clocks.truncate(clock.instant());
    }
}
