package id.humasdesk.gui.editor;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.review.ChecklistViewModel;
import id.humasdesk.gui.review.ReviewViewModel;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.ChecklistService;
import id.humasdesk.logic.check.WritingCheckService;
import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.common.Machine;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.common.StoreOutage;
import id.humasdesk.logic.draft.Autosaved;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.logic.draft.PhotoImporter;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.logic.draft.TextImporter;
import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.logic.review.RevisionCompare;
import id.humasdesk.model.ContentIssue;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * One release being edited: loading, saving, autosave to the recovery record, conflicts with another
 * save, and the side panels (review, checklist, spelling). The fields and what they add up to are in
 * {@link EditorForm}; who may edit (right, lease, take-over) is in {@link EditorLease}. The property
 * accessors below hand out theirs, so the view binds to one model.
 */
public final class EditorViewModel {
    /** The services the editor uses itself, and those of its side panels. */
    public record Deps(DraftService drafts, LeaseService leases, MediaStore media, PhotoImporter photos, Clock clock,
            SidePanels panels) {
    }

    /** The services of the editor's side panels (checklist, spelling, review): the editor only hands them on. */
    public record SidePanels(ChecklistService checklist, WritingCheckService writing, ReviewViewModel.Deps reviewing) {
    }

    private final Deps services;
    private final ScreenTasks tasks;
    private final Messages messages;
    private final User user;
    private final Formats formats;
    private final Consumer<Throwable> onError;
    private final Consumer<Release> onSaved;
    /** The crash-recovery record autosave writes to: a new one, or the one {@link #recover} restores. */
    private UUID recoveryId = UUID.randomUUID();
    private final ObjectProperty<Release> release = new SimpleObjectProperty<>();
    private final EditorForm form;
    private final EditorLease lease;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty showAllIssues = new SimpleBooleanProperty(false);
    private final ObjectProperty<ConflictException> conflict = new SimpleObjectProperty<>();
    private final StringProperty savedNote = new SimpleStringProperty("");
    private final ReviewViewModel review;
    private final ChecklistViewModel checklist;
    private final SpellingViewModel spelling;
    private ReleaseContent autosaved;
    /** An autosave is on its way to the disk. */
    private final BooleanProperty autosaving = new SimpleBooleanProperty(false);

    /**
     * @param onError shows a failure to the user (a conflict on save is shown in the editor instead)
     * @param onSaved hears of every release this editor saved
     */
    public EditorViewModel(Deps services, TaskExecutor executor, Wording wording, User user, Consumer<Throwable> onError,
            Consumer<Release> onSaved) {
        this.services = services;
        this.tasks = new ScreenTasks(executor, onError);
        this.messages = wording.messages();
        this.user = user;
        this.formats = wording.formats();
        this.onError = onError;
        this.onSaved = onSaved;
        lease = new EditorLease(services.leases(), services.clock(), tasks, wording, user, release);
        form = new EditorForm(messages, release, lease::edited);
        SidePanels panels = services.panels();
        checklist = new ChecklistViewModel(panels.checklist(), executor, messages, onError);
        review = new ReviewViewModel(panels.reviewing(), executor, user, onError, this::replaceRelease, checklist);
        spelling = new SpellingViewModel(panels.writing(), executor, user, onError, new SpellingViewModel.EditedRelease(
                Map.of(CheckField.HEADLINE, form.headline(), CheckField.LEAD, form.lead(), CheckField.BODY, form.body()),
                this::content, this::releaseId));
        // New findings after a typing pause: the checklist's count of open findings follows them.
        spelling.findings().addListener((javafx.collections.ListChangeListener<id.humasdesk.logic.check.Finding>) c ->
                checklist.refresh(form.type().get(), content(), releaseId()));
        release.addListener((o, a, r) -> {
            form.updateTitle();
            lease.update();
            review.show(r);
        });
    }

    /** A new release of this type, pre-filled by its template. */
    public void startNew(ReleaseType t) {
        tasks.task(() -> services.drafts().template(user, t)).busy(busy).onSuccess(content -> {
            form.type().set(t);
            form.setStored(content);
            form.fill(content);
            loaded.set(true);
            spelling.start(content, null);
            refreshChecks();
        }).showFailure(this::failed).start();
    }

    /** What opening a saved release needs: the release, whether this user may edit it, the lease. */
    private record Opened(Release release, boolean mayEdit, LeaseService.Outcome lease) {
    }

    public void open(UUID releaseId) {
        tasks.task(() -> {
            Release r = services.drafts().load(releaseId);
            boolean may = services.drafts().mayEdit(user, r);
            LeaseService.Outcome lease = may ? services.leases().acquire(user, r.id(), Machine.name()) : null;
            return new Opened(r, may, lease);
        }).busy(busy).onSuccess(o -> {
            showAllIssues.set(true);
            lease.opened(o.mayEdit(), o.lease());
            release.set(o.release());
            form.type().set(o.release().type());
            form.setStored(o.release().content());
            form.fill(o.release().content());
            loaded.set(true);
            spelling.start(o.release().content(), o.release().id());
            refreshChecks();
        }).showFailure(this::failed).start();
    }

    /** Every half minute while open: keeps the lease, or learns it was taken over. */
    public void heartbeat() {
        lease.heartbeat();
    }

    /** A reviewer or admin takes over an idle editor's release; the displaced text is kept as a revision. */
    public void takeOver() {
        Release r = release.get();
        tasks.task(() -> services.drafts().takeOver(user, r.id(), Machine.name())).busy(busy).onSuccess(taken -> {
            lease.takenOver();
            replaceRelease(taken);
        }).showFailure(this::failed).start();
    }

    /** The editor closes: no more checks (a typing pause may still fire), and the lease is given up. */
    public void close() {
        spelling.stop();
        checklist.close();
        review.close();
        closeLease();
        tasks.close(); // the lease's release, started just now, still runs; nothing comes back to the tab
    }

    /** Gives up the lease when the editor closes. */
    public void closeLease() {
        lease.close();
    }

    /** The release changed elsewhere (a review move, a restore): show the stored state. */
    public void replaceRelease(Release r) {
        boolean wasDirty = form.dirty().get();
        release.set(r);
        if (!r.content().equals(form.stored())) {
            form.setStored(r.content());
            if (!wasDirty) {
                form.fill(r.content());
            }
        }
        tasks.task(() -> services.drafts().mayEdit(user, r)).onSuccess(lease::mayEdit).start();
        form.changed();
        lease.update();
        refreshChecks();
    }

    /** After a conflict: drop my text and show what is stored now. */
    public void reloadDiscardingMine() {
        Release r = release.get();
        conflict.set(null);
        tasks.task(() -> services.drafts().load(r.id())).onSuccess(latest -> {
            release.set(latest);
            form.setStored(latest.content());
            form.fill(latest.content());
            refreshChecks();
        }).start();
    }

    /** After a conflict: keep my text as the newest revision on top of the other change. */
    public void keepMine() {
        Release r = release.get();
        ReleaseContent mine = content();
        conflict.set(null);
        tasks.task(() -> services.drafts().saveOnTop(user, r.id(), mine, "")).busy(busy).onSuccess(saved -> {
            form.setStored(mine);
            release.set(saved);
            form.changed();
            refreshChecks();
            onSaved.accept(saved);
        }).showFailure(this::failed).start();
    }

    /** After a conflict: what the other person stored, compared with my text. */
    public void compareWithStored(Consumer<List<RevisionCompare.FieldDiff>> show) {
        Release r = release.get();
        ReleaseContent mine = content();
        tasks.task(() -> new RevisionCompare().compare(services.drafts().load(r.id()).content(), mine))
                .onSuccess(show).start();
    }

    /**
     * Brings back what was typed before a crash: the release (if it was saved once) plus the text.
     * From now on autosave writes to that same recovery record, so a second crash leaves one to restore, not two.
     */
    public void recover(Recovery rec) {
        recoveryId = rec.id();
        tasks.task(() -> rec.releaseId() == null ? null : services.drafts().load(rec.releaseId())).busy(busy)
                .onSuccess(r -> {
                    release.set(r);
                    form.type().set(rec.type());
                    form.setStored(r == null ? ReleaseContent.empty() : r.content());
                    form.fill(rec.content());
                    loaded.set(true);
                    spelling.start(rec.content(), rec.releaseId());
                    refreshChecks();
                }).showFailure(this::failed).start();
    }

    /** A conflict is shown in the editor (with its choices); anything else goes to the error dialog. */
    private void failed(Throwable t) {
        if (t instanceof ConflictException c) {
            conflict.set(c);
            return;
        }
        onError.accept(t);
    }

    public ReleaseContent content() {
        return form.content();
    }

    /** Saves as a new revision; what was typed during the save stays dirty. */
    public void save() {
        saveThen(() -> { });
    }

    /** Saves, then runs {@code after} (only if the save succeeded). */
    public void saveThen(Runnable after) {
        showAllIssues.set(true);
        if (busy.get() || !lease.editable().get()) {
            return;
        }
        ReleaseContent c = content();
        Release r = release.get();
        ReleaseType t = form.type().get();
        UUID recovery = recoveryId;
        tasks.task(() -> {
            Release saved;
            try {
                saved = r == null ? services.drafts().create(user, t, c)
                        : services.drafts().save(user, r.id(), r.version(), c);
            } catch (RuntimeException e) {
                if (StoreOutage.is(e)) {
                    // The office server is away: what was on screen at Save goes to this PC's disk now,
                    // not at the next autosave tick, so the message "kept on this PC" is true at once.
                    services.drafts().keepOnThisPc(user, new Recovery(recovery, user.id(), r == null ? null : r.id(),
                            t, c, services.clock().instant()));
                }
                throw e;
            }
            services.drafts().discardRecovery(recovery);
            return saved;
        }).busy(busy).onSuccess(saved -> {
            form.setStored(c);
            autosaved = null;
            release.set(saved);
            savedNote.set(messages.get("editor.savedAt", timeOf(saved.updatedAt())));
            form.changed();
            if (r == null) {
                spelling.saved(saved.id());
            }
            refreshChecks();
            onSaved.accept(saved);
            after.run();
        }).showFailure(this::failed).start();
    }

    /** Called every few seconds: writes unsaved content to the recovery record. */
    public void autosaveTick() {
        if (!form.dirty().get() || busy.get() || !loaded.get()) {
            return;
        }
        ReleaseContent c = content();
        if (c.equals(autosaved)) {
            return;
        }
        Release r = release.get();
        if (autosaving.get()) {
            // A slow disk must not queue one stale save per tick: the tick after this one returns
            // writes the newest text at once.
            return;
        }
        Recovery rec = new Recovery(recoveryId, user.id(), r == null ? null : r.id(), form.type().get(), c,
                services.clock().instant());
        autosaved = c;
        tasks.task(() -> services.drafts().autosave(user, rec)).busy(autosaving).onSuccess(where -> savedNote.set(
                messages.get(where == Autosaved.SAVED ? "editor.autosavedAt" : "editor.keptOnThisPc",
                        timeOf(rec.savedAt())))).onFailure(e -> autosaved = null).start();
    }

    /** The user closed without saving: the recovery record is no longer wanted. */
    public void discard() {
        UUID recovery = recoveryId;
        tasks.task(() -> services.drafts().discardRecovery(recovery)).start();
    }

    /** Fills the fields from a text file; refused while the editor is read-only (same rule as saving). */
    public void importText(String text) {
        if (!lease.editable().get()) {
            onError.accept(new UserFacingException("editor.importReadOnly"));
            return;
        }
        ReleaseContent parsed = new TextImporter().parse(text, LocalDate.now(services.clock().withZone(formats.zone())));
        form.fillImported(parsed);
    }

    /** Reads a text file (UTF-8, or Windows-1252 as older word processors save it) and imports it. */
    public void importTextFile(Path file) {
        tasks.task(() -> TextFiles.read(file)).busy(busy).onSuccess(this::importText).showFailure(this::failed).start();
    }

    public void addPhoto(Path file) {
        tasks.task(() -> services.photos().importPhoto(file)).busy(busy)
                .onSuccess(p -> form.photos().add(new PhotoRow(p)))
                .showFailure(this::failed).start();
    }

    /** This PC's copy of a photo; it may not be there yet (see {@link #fetchPhotos}). */
    public Path photoFile(PhotoRow row) {
        return services.media().path(row.photo().sha256(), row.photo().extension());
    }

    /**
     * Copies the photos of the open release that this PC does not have yet (added on another PC)
     * from the office's store, in the background; {@code done} runs on the FX thread when any was
     * fetched, so the thumbnails can be drawn again.
     */
    public void fetchPhotos(Runnable done) {
        List<id.humasdesk.model.Photo> wanted = form.photos().stream().map(PhotoRow::photo).toList();
        tasks.task(() -> {
            int fetched = 0;
            for (id.humasdesk.model.Photo p : wanted) {
                Path before = services.media().path(p.sha256(), p.extension());
                if (!java.nio.file.Files.exists(before)
                        && java.nio.file.Files.exists(services.media().local(p.sha256(), p.extension()))) {
                    fetched++;
                }
            }
            return fetched;
        }).onSuccess(n -> {
            if (n > 0) {
                done.run();
            }
        }).showFailure(this::failed).start();
    }

    public void addNarasumber() {
        form.addNarasumber();
    }

    /** False when the status, the user's role or someone else's lease forbids changes. */
    public ReadOnlyBooleanProperty editableProperty() {
        return lease.editable();
    }

    public StringProperty lockNoteProperty() {
        return lease.lockNote();
    }

    public BooleanProperty canTakeOverProperty() {
        return lease.canTakeOver();
    }

    public ObjectProperty<ConflictException> conflictProperty() {
        return conflict;
    }

    /** Evaluates the checklist on the text as it is now and re-checks the fields that are not underlined. */
    public void refreshChecks() {
        checklist.refresh(form.type().get(), content(), releaseId());
        spelling.checkOthers();
    }

    private UUID releaseId() {
        Release r = release.get();
        return r == null ? null : r.id();
    }

    /** Spelling, kata baku and house style while typing. */
    public SpellingViewModel spelling() {
        return spelling;
    }

    /** The checklist before submit (the Periksa tab). */
    public ChecklistViewModel checklist() {
        return checklist;
    }

    /** The review side panel's model, kept in step with this release. */
    public ReviewViewModel review() {
        return review;
    }

    private String timeOf(Instant at) {
        return formats.time(at);
    }

    public String formatTime(Instant at) {
        return formats.dateTime(at);
    }

    public StringProperty issue(ContentIssue.Field f) {
        return form.issue(f);
    }

    public StringProperty headlineProperty() {
        return form.headline();
    }

    public StringProperty subheadlineProperty() {
        return form.subheadline();
    }

    public StringProperty datelinePlaceProperty() {
        return form.datelinePlace();
    }

    public ObjectProperty<LocalDate> datelineDateProperty() {
        return form.datelineDate();
    }

    public StringProperty leadProperty() {
        return form.lead();
    }

    public StringProperty bodyProperty() {
        return form.body();
    }

    public ObservableList<NarasumberRow> narasumber() {
        return form.narasumber();
    }

    public StringProperty tagsProperty() {
        return form.tags();
    }

    public StringProperty tahapanProperty() {
        return form.tahapan();
    }

    public StringProperty contactPersonProperty() {
        return form.contactPerson();
    }

    public StringProperty authorLineProperty() {
        return form.authorLine();
    }

    public StringProperty closingProperty() {
        return form.closing();
    }

    public ObservableList<PhotoRow> photos() {
        return form.photos();
    }

    public ObjectProperty<ReleaseType> typeProperty() {
        return form.type();
    }

    public ObjectProperty<Release> releaseProperty() {
        return release;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return form.dirty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** Issues show on fields the user has left, and everywhere once a save was tried. */
    public BooleanProperty showAllIssuesProperty() {
        return showAllIssues;
    }

    public IntegerProperty wordsProperty() {
        return form.words();
    }

    public IntegerProperty charactersProperty() {
        return form.characters();
    }

    public StringProperty titleProperty() {
        return form.title();
    }

    public StringProperty savedNoteProperty() {
        return savedNote;
    }
}
