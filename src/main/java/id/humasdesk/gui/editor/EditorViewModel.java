package id.humasdesk.gui.editor;

import id.humasdesk.gui.Formats;
import id.humasdesk.gui.ScreenTasks;
import id.humasdesk.gui.TaskExecutor;
import id.humasdesk.gui.review.ChecklistViewModel;
import id.humasdesk.gui.review.ReviewViewModel;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.ConflictException;
import id.humasdesk.logic.Machine;
import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.logic.review.RevisionCompare;
import id.humasdesk.model.EditLease;
import id.humasdesk.model.Role;
import id.humasdesk.logic.Messages;
import id.humasdesk.logic.Services;
import id.humasdesk.logic.StoreOutage;
import id.humasdesk.logic.draft.Autosaved;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.logic.draft.TextImporter;
import id.humasdesk.model.ContentIssue;
import id.humasdesk.model.ContentRules;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One release being edited. Dirty means "differs from what is stored", computed from the content
 * itself, so typing a word and deleting it again leaves nothing to save. Unsaved content goes to
 * a recovery record on every autosave tick.
 */
public final class EditorViewModel {
    private final Services services;
    private final ScreenTasks tasks;
    private final Messages messages;
    private final User user;
    private final Formats formats;
    private final Consumer<Throwable> onError;
    private final Consumer<Release> onSaved;
    private final UUID recoveryId;
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty subheadline = new SimpleStringProperty("");
    private final StringProperty datelinePlace = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> datelineDate = new SimpleObjectProperty<>();
    private final StringProperty lead = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<NarasumberRow> narasumber = FXCollections.observableArrayList(
            r -> new Observable[] {r.nameProperty(), r.titleProperty(), r.topicProperty()});
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty tahapan = new SimpleStringProperty("");
    private final StringProperty contactPerson = new SimpleStringProperty("");
    private final StringProperty authorLine = new SimpleStringProperty("");
    private final StringProperty closing = new SimpleStringProperty("");
    private final ObservableList<PhotoRow> photos = FXCollections.observableArrayList(
            r -> new Observable[] {r.captionProperty(), r.creditProperty()});
    private final ObjectProperty<ReleaseType> type = new SimpleObjectProperty<>(ReleaseType.BERITA_KEGIATAN);
    private final ObjectProperty<Release> release = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty showAllIssues = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final StringProperty lockNote = new SimpleStringProperty("");
    private final BooleanProperty canTakeOver = new SimpleBooleanProperty(false);
    private final ObjectProperty<ConflictException> conflict = new SimpleObjectProperty<>();
    private boolean mayEdit = true;
    private boolean leaseHeld = true;
    private boolean editedSinceBeat;
    private final IntegerProperty words = new SimpleIntegerProperty();
    private final IntegerProperty characters = new SimpleIntegerProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty savedNote = new SimpleStringProperty("");
    private final Map<ContentIssue.Field, StringProperty> issues = new EnumMap<>(ContentIssue.Field.class);
    private final ReviewViewModel review;
    private final ChecklistViewModel checklist;
    private final SpellingViewModel spelling;
    private ReleaseContent stored = ReleaseContent.empty();
    private ReleaseContent autosaved;
    /** An autosave is on its way to the disk. */
    private final BooleanProperty autosaving = new SimpleBooleanProperty(false);
    private boolean filling;

    public EditorViewModel(Services services, TaskExecutor executor, Messages messages, Formats formats, User user,
            Consumer<Throwable> onError, Consumer<Release> onSaved) {
        this(services, executor, messages, formats, user, onError, onSaved, UUID.randomUUID());
    }

    /** For restoring a crash recovery: keeps writing to the same recovery record. */
    public EditorViewModel(Services services, TaskExecutor executor, Messages messages, Formats formats, User user,
            Consumer<Throwable> onError, Consumer<Release> onSaved, UUID recoveryId) {
        this.services = services;
        this.tasks = new ScreenTasks(executor, onError);
        this.messages = messages;
        this.user = user;
        this.formats = formats;
        this.onError = onError;
        this.onSaved = onSaved;
        this.recoveryId = recoveryId;
        for (ContentIssue.Field f : ContentIssue.Field.values()) {
            issues.put(f, new SimpleStringProperty(""));
        }
        Observable[] all = {headline, subheadline, datelinePlace, datelineDate, lead, body, narasumber, tags, tahapan,
            contactPerson, authorLine, closing, photos, type};
        for (Observable o : all) {
            o.addListener(x -> changed());
        }
        checklist = new ChecklistViewModel(services, executor, messages, onError);
        review = new ReviewViewModel(services, executor, user, onError, this::replaceRelease, checklist);
        spelling = new SpellingViewModel(services, executor, user, onError, Map.of(CheckField.HEADLINE, headline,
                CheckField.LEAD, lead, CheckField.BODY, body), this::content, this::releaseId);
        // New findings after a typing pause: the checklist's count of open findings follows them.
        spelling.findings().addListener((javafx.collections.ListChangeListener<id.humasdesk.logic.check.Finding>) c ->
                checklist.refresh(type.get(), content(), releaseId()));
        release.addListener((o, a, r) -> {
            updateTitle();
            updateEditable();
            review.show(r);
        });
    }

    /** A new release of this type, pre-filled by its template. */
    public void startNew(ReleaseType t) {
        tasks.task(() -> services.drafts().template(user, t)).busy(busy).onSuccess(content -> {
            type.set(t);
            stored = content;
            fill(content);
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
            applyLease(o.mayEdit(), o.lease());
            release.set(o.release());
            type.set(o.release().type());
            stored = o.release().content();
            fill(o.release().content());
            loaded.set(true);
            spelling.start(o.release().content(), o.release().id());
            refreshChecks();
        }).showFailure(this::failed).start();
    }

    private void applyLease(boolean may, LeaseService.Outcome lease) {
        mayEdit = may;
        leaseHeld = !may || lease == null || lease.granted();
        if (may && lease != null && !lease.granted()) {
            EditLease l = lease.lease();
            lockNote.set(messages.get("editor.lockedBy", l.userName(), l.machine(), formats.dateTime(l.acquiredAt())));
            canTakeOver.set((user.has(Role.REVIEWER) || user.has(Role.ADMIN))
                    && l.staleAt(services.clock().instant()));
        } else {
            lockNote.set("");
            canTakeOver.set(false);
        }
        updateEditable();
    }

    private void updateEditable() {
        Release r = release.get();
        editable.set(r == null || mayEdit && leaseHeld && r.status().editable() && !r.trashed());
    }

    /** Every half minute while open: keeps the lease, or learns it was taken over. */
    public void heartbeat() {
        Release r = release.get();
        if (r == null || !mayEdit || !leaseHeld) {
            return;
        }
        boolean edited = editedSinceBeat;
        editedSinceBeat = false;
        tasks.task(() -> services.leases().renew(user, r.id(), edited)).onSuccess(kept -> {
            if (!kept) {
                leaseHeld = false;
                lockNote.set(messages.get("editor.leaseLost"));
                updateEditable();
            }
        }).start();
    }

    /** A reviewer or admin takes over an idle editor's release; the displaced text is kept as a revision. */
    public void takeOver() {
        Release r = release.get();
        tasks.task(() -> services.drafts().takeOver(user, r.id(), Machine.name())).busy(busy).onSuccess(taken -> {
            leaseHeld = true;
            lockNote.set("");
            canTakeOver.set(false);
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
        Release r = release.get();
        if (r != null && mayEdit && leaseHeld) {
            tasks.task(() -> services.leases().release(user, r.id())).start();
        }
    }

    /** The release changed elsewhere (a review move, a restore): show the stored state. */
    public void replaceRelease(Release r) {
        boolean wasDirty = dirty.get();
        release.set(r);
        if (!r.content().equals(stored)) {
            stored = r.content();
            if (!wasDirty) {
                fill(r.content());
            }
        }
        tasks.task(() -> services.drafts().mayEdit(user, r)).onSuccess(may -> {
            mayEdit = may;
            updateEditable();
        }).start();
        changed();
        updateEditable();
        refreshChecks();
    }

    /** After a conflict: drop my text and show what is stored now. */
    public void reloadDiscardingMine() {
        Release r = release.get();
        conflict.set(null);
        tasks.task(() -> services.drafts().load(r.id())).onSuccess(latest -> {
            release.set(latest);
            stored = latest.content();
            fill(latest.content());
            refreshChecks();
        }).start();
    }

    /** After a conflict: keep my text as the newest revision on top of the other change. */
    public void keepMine() {
        Release r = release.get();
        ReleaseContent mine = content();
        conflict.set(null);
        tasks.task(() -> services.drafts().saveOnTop(user, r.id(), mine, "")).busy(busy).onSuccess(saved -> {
            stored = mine;
            release.set(saved);
            changed();
            refreshChecks();
            onSaved.accept(saved);
        }).showFailure(this::failed).start();
    }

    /** After a conflict: what the other person stored, compared with my text. */
    public void compareWithStored(Consumer<List<RevisionCompare.FieldDiff>> show) {
        Release r = release.get();
        ReleaseContent mine = content();
        tasks.task(() -> new RevisionCompare().compare(services.drafts().load(r.id()).content(), mine)).onSuccess(show).start();
    }

    /** Brings back what was typed before a crash: the release (if it was saved once) plus the text. */
    public void recover(Recovery rec) {
        tasks.task(() -> rec.releaseId() == null ? null : services.drafts().load(rec.releaseId())).busy(busy)
                .onSuccess(r -> {
            release.set(r);
            type.set(rec.type());
            stored = r == null ? ReleaseContent.empty() : r.content();
            fill(rec.content());
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
        List<String> paragraphs = Arrays.stream(body.get().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<String> tagList = Arrays.stream(tags.get().split("[,;]")).map(String::strip).toList();
        return new ReleaseContent(headline.get(), subheadline.get(), datelinePlace.get(), datelineDate.get(),
                lead.get(), paragraphs, narasumber.stream().map(NarasumberRow::toModel).toList(), tagList,
                tahapan.get(), contactPerson.get(), authorLine.get(), closing.get(),
                photos.stream().map(PhotoRow::toModel).toList());
    }

    private void fill(ReleaseContent c) {
        filling = true;
        try {
            headline.set(c.headline());
            subheadline.set(c.subheadline());
            datelinePlace.set(c.datelinePlace());
            datelineDate.set(c.datelineDate());
            lead.set(c.lead());
            body.set(String.join("\n\n", c.paragraphs()));
            narasumber.setAll(c.narasumber().stream().map(NarasumberRow::new).toList());
            tags.set(String.join(", ", c.tags()));
            tahapan.set(c.tahapan());
            contactPerson.set(c.contactPerson());
            authorLine.set(c.authorLine());
            closing.set(c.closing());
            photos.setAll(c.photos().stream().map(PhotoRow::new).toList());
        } finally {
            filling = false;
        }
        changed();
    }

    private void changed() {
        if (filling) {
            return;
        }
        ReleaseContent c = content();
        dirty.set(!c.equals(stored));
        editedSinceBeat |= dirty.get();
        words.set(c.wordCount());
        characters.set(c.characterCount());
        for (StringProperty p : issues.values()) {
            p.set("");
        }
        for (ContentIssue i : ContentRules.check(type.get(), c)) {
            StringProperty p = issues.get(i.field());
            if (p.get().isEmpty()) {
                p.set(messages.get(i.messageKey(), ContentRules.HEADLINE_MAX));
            }
        }
        updateTitle();
    }

    private void updateTitle() {
        Release r = release.get();
        String base = r != null ? r.number() : messages.get("editor.newTitle", messages.label(type.get()));
        title.set(dirty.get() ? base + " *" : base);
    }

    /** Saves as a new revision; what was typed during the save stays dirty. */
    public void save() {
        saveThen(() -> { });
    }

    /** Saves, then runs {@code after} (only if the save succeeded). */
    public void saveThen(Runnable after) {
        showAllIssues.set(true);
        if (busy.get() || !editable.get()) {
            return;
        }
        ReleaseContent c = content();
        Release r = release.get();
        ReleaseType t = type.get();
        tasks.task(() -> {
            Release saved;
            try {
                saved = r == null ? services.drafts().create(user, t, c)
                        : services.drafts().save(user, r.id(), r.version(), c);
            } catch (RuntimeException e) {
                if (StoreOutage.is(e)) {
                    // The office server is away: what was on screen at Save goes to this PC's disk now,
                    // not at the next autosave tick, so the message "kept on this PC" is true at once.
                    services.drafts().keepOnThisPc(user, new Recovery(recoveryId, user.id(), r == null ? null : r.id(),
                            t, c, services.clock().instant()));
                }
                throw e;
            }
            services.drafts().discardRecovery(recoveryId);
            return saved;
        }).busy(busy).onSuccess(saved -> {
            stored = c;
            autosaved = null;
            release.set(saved);
            savedNote.set(messages.get("editor.savedAt", timeOf(saved.updatedAt())));
            changed();
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
        if (!dirty.get() || busy.get() || !loaded.get()) {
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
        Recovery rec = new Recovery(recoveryId, user.id(), r == null ? null : r.id(), type.get(), c,
                services.clock().instant());
        autosaved = c;
        tasks.task(() -> services.drafts().autosave(user, rec)).busy(autosaving).onSuccess(where -> savedNote.set(
                messages.get(where == Autosaved.SAVED ? "editor.autosavedAt" : "editor.keptOnThisPc",
                        timeOf(rec.savedAt())))).onFailure(e -> autosaved = null).start();
    }

    /** The user closed without saving: the recovery record is no longer wanted. */
    public void discard() {
        tasks.task(() -> services.drafts().discardRecovery(recoveryId)).start();
    }

    /** Fills the fields from a text file; refused while the editor is read-only (same rule as saving). */
    public void importText(String text) {
        if (!editable.get()) {
            onError.accept(new UserFacingException("editor.importReadOnly"));
            return;
        }
        ReleaseContent parsed = new TextImporter().parse(text, LocalDate.now(services.clock().withZone(formats.zone())));
        ReleaseContent current = content();
        fill(new ReleaseContent(parsed.headline(), parsed.subheadline(),
                parsed.datelinePlace().isEmpty() ? current.datelinePlace() : parsed.datelinePlace(),
                parsed.datelineDate(), parsed.lead(), parsed.paragraphs(), parsed.narasumber(), current.tags(),
                current.tahapan(), current.contactPerson(), current.authorLine(),
                parsed.closing().isEmpty() ? current.closing() : parsed.closing(), current.photos()));
    }

    /** Reads a text file (UTF-8, or Windows-1252 as older word processors save it) and imports it. */
    public void importTextFile(Path file) {
        tasks.task(() -> TextFiles.read(file)).busy(busy).onSuccess(this::importText).showFailure(this::failed).start();
    }

    public void addPhoto(Path file) {
        tasks.task(() -> services.photos().importPhoto(file)).busy(busy).onSuccess(p -> photos.add(new PhotoRow(p)))
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
        List<id.humasdesk.model.Photo> wanted = photos.stream().map(PhotoRow::photo).toList();
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
        narasumber.add(new NarasumberRow(new Narasumber("", "", "")));
    }

    /** False when the status, the user's role or someone else's lease forbids changes. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public StringProperty lockNoteProperty() {
        return lockNote;
    }

    public BooleanProperty canTakeOverProperty() {
        return canTakeOver;
    }

    public ObjectProperty<ConflictException> conflictProperty() {
        return conflict;
    }

    /** Evaluates the checklist on the text as it is now and re-checks the fields that are not underlined. */
    public void refreshChecks() {
        checklist.refresh(type.get(), content(), releaseId());
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
        return issues.get(f);
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty subheadlineProperty() {
        return subheadline;
    }

    public StringProperty datelinePlaceProperty() {
        return datelinePlace;
    }

    public ObjectProperty<LocalDate> datelineDateProperty() {
        return datelineDate;
    }

    public StringProperty leadProperty() {
        return lead;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObservableList<NarasumberRow> narasumber() {
        return narasumber;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty tahapanProperty() {
        return tahapan;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty authorLineProperty() {
        return authorLine;
    }

    public StringProperty closingProperty() {
        return closing;
    }

    public ObservableList<PhotoRow> photos() {
        return photos;
    }

    public ObjectProperty<ReleaseType> typeProperty() {
        return type;
    }

    public ObjectProperty<Release> releaseProperty() {
        return release;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
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
        return words;
    }

    public IntegerProperty charactersProperty() {
        return characters;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty savedNoteProperty() {
        return savedNote;
    }
}
