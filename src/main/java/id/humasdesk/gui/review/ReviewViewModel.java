package id.humasdesk.gui.review;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.logic.check.ChecklistFailedException;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.review.CommentService;
import id.humasdesk.logic.review.ReviewService;
import id.humasdesk.logic.review.RevisionCompare;
import id.humasdesk.model.AuditEvent;
import id.humasdesk.model.Comment;
import id.humasdesk.model.Release;
import id.humasdesk.model.Revision;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review side of an open release: the moves this user can make, comments, revisions and the
 * audit trail. Every move goes through logic/, which checks again.
 */
public final class ReviewViewModel {
    /** The services the review panel uses: moves, comments, revisions, history and author names. */
    public record Deps(ReviewService review, CommentService comments, DraftService drafts, Auditor audit,
            AccountService accounts) {
    }

    private final Deps services;
    private final ScreenTasks tasks;
    private final User user;
    private final Consumer<Throwable> onError;
    private final Consumer<Release> onChanged;
    private final ChecklistViewModel checklist;
    private final ObjectProperty<Release> release = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Transition>> available = new SimpleObjectProperty<>(EnumSet.noneOf(Transition.class));
    private final ObservableList<Comment> comments = FXCollections.observableArrayList();
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableList<AuditEvent> history = FXCollections.observableArrayList();
    private final RevisionCompare compare = new RevisionCompare();
    private Consumer<Release> scheduler = r -> { };
    private final java.util.Map<UUID, String> names = new java.util.HashMap<>();

    /** What a refresh loads in one background trip. */
    private record Snapshot(Set<Transition> moves, List<Comment> comments, List<Revision> revisions,
            List<AuditEvent> history, java.util.Map<UUID, String> names) {
    }

    public ReviewViewModel(Deps services, TaskExecutor executor, User user, Consumer<Throwable> onError,
            Consumer<Release> onChanged, ChecklistViewModel checklist) {
        this.checklist = checklist;
        this.services = services;
        this.tasks = new ScreenTasks(executor, onError);
        this.user = user;
        this.onError = onError;
        this.onChanged = onChanged;
    }

    /** Shows a release (after open, save or a move) and reloads its side panels. */
    public void show(Release r) {
        release.set(r);
        if (r == null) {
            available.set(EnumSet.noneOf(Transition.class));
            comments.clear();
            revisions.clear();
            history.clear();
            return;
        }
        tasks.task(() -> new Snapshot(services.review().available(user, r), services.comments().list(r.id()),
                services.drafts().revisions(r.id()), services.audit().forRelease(r.id()),
                services.accounts().displayNames(user))).onSuccess(snap -> {
                    if (release.get() != null && release.get().id().equals(r.id())) {
                        names.putAll(snap.names());
                        available.set(snap.moves());
                        comments.setAll(snap.comments());
                        revisions.setAll(snap.revisions());
                        history.setAll(snap.history());
                    }
                }).start();
    }

    /** Opens scheduling for the approved release (the shell supplies the dialog). */
    public void setScheduler(Consumer<Release> scheduler) {
        this.scheduler = scheduler;
    }

    public void requestSchedule() {
        if (release.get() != null) {
            scheduler.accept(release.get());
        }
    }

    /** Scheduling finished elsewhere: show the release in its new state. */
    public void scheduled(Release r) {
        changed(r);
    }

    /** Makes a move; {@code reason} is needed for those that say so. */
    public void move(Transition t, String reason) {
        Release r = release.get();
        if (r == null) {
            return;
        }
        tasks.task(() -> switch (t) {
            case SUBMIT -> services.review().submit(user, r.id(), r.version());
            case REQUEST_CHANGES -> services.review().requestChanges(user, r.id(), r.version(), reason);
            case APPROVE -> services.review().approve(user, r.id(), r.version());
            case RECALL -> services.review().recall(user, r.id(), r.version());
            case WITHDRAW -> services.review().withdraw(user, r.id(), r.version(), reason);
            case REOPEN -> services.review().reopen(user, r.id(), r.version(), reason);
            case CORRECT -> services.review().correct(user, r.id(), r.version());
            default -> throw new IllegalArgumentException(t.name());
        }).onSuccess(this::changed).showFailure(this::moveFailed).start();
    }

    /** A refusal by the checklist shows its failed rules in the Periksa tab instead of a bare error. */
    private void moveFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ChecklistFailedException refused) {
                checklist.refused(refused.result());
                return;
            }
        }
        onError.accept(e);
    }

    public void comment(Integer paragraph, UUID parentId, String body) {
        Release r = release.get();
        tasks.task(() -> services.comments().add(user, r.id(), paragraph, parentId, body))
                .onSuccess(c -> show(release.get())).start();
    }

    public void resolve(Comment c, boolean resolved) {
        tasks.task(() -> {
            if (resolved) {
                services.comments().resolve(user, c.id());
            } else {
                services.comments().reopen(user, c.id());
            }
            return null;
        }).onSuccess(x -> show(release.get())).start();
    }

    /** Puts an old revision back as the newest one (nothing is deleted). */
    public void restore(Revision old) {
        Release r = release.get();
        tasks.task(() -> services.drafts().saveOnTop(user, r.id(), old.content(), "#" + old.number())).onSuccess(
                this::changed).start();
    }

    /**
     * Compares two revisions word by word in the background (long bodies take a while) and hands the
     * differences, older first, to {@code show} on the FX thread.
     */
    public void diff(Revision older, Revision newer, Consumer<List<RevisionCompare.FieldDiff>> show) {
        Revision a = older.number() <= newer.number() ? older : newer;
        Revision b = a == older ? newer : older;
        tasks.task(() -> compare.compare(a.content(), b.content())).onSuccess(show).start();
    }

    private void changed(Release r) {
        onChanged.accept(r);
        show(r);
    }

    public ObjectProperty<Release> releaseProperty() {
        return release;
    }

    public ObjectProperty<Set<Transition>> availableProperty() {
        return available;
    }

    public ObservableList<Comment> comments() {
        return comments;
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public ObservableList<AuditEvent> history() {
        return history;
    }

    /** The checklist of this release (the Periksa tab). */
    public ChecklistViewModel checklist() {
        return checklist;
    }

    public String nameOf(UUID userId) {
        return names.getOrDefault(userId, "?");
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
