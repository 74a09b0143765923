package id.humasdesk.gui.editor;

import id.humasdesk.gui.Formats;
import id.humasdesk.gui.TaskExecutor;
import id.humasdesk.logic.Messages;
import id.humasdesk.logic.Services;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.logic.draft.TextImporter;
import id.humasdesk.model.ContentIssue;
import id.humasdesk.model.ContentRules;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
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
    private final TaskExecutor executor;
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
    private final IntegerProperty words = new SimpleIntegerProperty();
    private final IntegerProperty characters = new SimpleIntegerProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty savedNote = new SimpleStringProperty("");
    private final Map<ContentIssue.Field, StringProperty> issues = new EnumMap<>(ContentIssue.Field.class);
    private ReleaseContent stored = ReleaseContent.empty();
    private ReleaseContent autosaved;
    private boolean filling;

    public EditorViewModel(Services services, TaskExecutor executor, Messages messages, Formats formats, User user,
            Consumer<Throwable> onError, Consumer<Release> onSaved) {
        this(services, executor, messages, formats, user, onError, onSaved, UUID.randomUUID());
    }

    /** For restoring a crash recovery: keeps writing to the same recovery record. */
    public EditorViewModel(Services services, TaskExecutor executor, Messages messages, Formats formats, User user,
            Consumer<Throwable> onError, Consumer<Release> onSaved, UUID recoveryId) {
        this.services = services;
        this.executor = executor;
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
        release.addListener(x -> updateTitle());
    }

    /** A new release of this type, pre-filled by its template. */
    public void startNew(ReleaseType t) {
        busy.set(true);
        executor.run(() -> services.drafts().template(user, t), content -> {
            type.set(t);
            stored = content;
            fill(content);
            busy.set(false);
            loaded.set(true);
        }, this::failed);
    }

    public void open(UUID releaseId) {
        busy.set(true);
        executor.run(() -> services.drafts().load(releaseId), r -> {
            showAllIssues.set(true);
            release.set(r);
            type.set(r.type());
            stored = r.content();
            fill(r.content());
            busy.set(false);
            loaded.set(true);
        }, this::failed);
    }

    /** Brings back what was typed before a crash: the release (if it was saved once) plus the text. */
    public void recover(Recovery rec) {
        busy.set(true);
        executor.run(() -> rec.releaseId() == null ? null : services.drafts().load(rec.releaseId()), r -> {
            release.set(r);
            type.set(rec.type());
            stored = r == null ? ReleaseContent.empty() : r.content();
            fill(rec.content());
            busy.set(false);
            loaded.set(true);
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
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
        if (busy.get() || !editable()) {
            return;
        }
        ReleaseContent c = content();
        Release r = release.get();
        busy.set(true);
        ReleaseType t = type.get();
        executor.run(() -> {
            Release saved = r == null ? services.drafts().create(user, t, c)
                    : services.drafts().save(user, r.id(), r.version(), c);
            services.drafts().discardRecovery(recoveryId);
            return saved;
        }, saved -> {
            busy.set(false);
            stored = c;
            autosaved = null;
            release.set(saved);
            savedNote.set(messages.get("editor.savedAt", timeOf(saved.updatedAt())));
            changed();
            onSaved.accept(saved);
            after.run();
        }, this::failed);
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
        Recovery rec = new Recovery(recoveryId, user.id(), r == null ? null : r.id(), type.get(), c,
                services.clock().instant());
        autosaved = c;
        executor.run(() -> {
            services.drafts().autosave(user, rec);
            return rec.savedAt();
        }, at -> savedNote.set(messages.get("editor.autosavedAt", timeOf(at))), e -> {
            autosaved = null;
            onError.accept(e);
        });
    }

    /** The user closed without saving: the recovery record is no longer wanted. */
    public void discard() {
        executor.run(() -> {
            services.drafts().discardRecovery(recoveryId);
            return null;
        }, x -> { }, onError);
    }

    public void importText(String text) {
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
        busy.set(true);
        executor.run(() -> TextFiles.read(file), text -> {
            busy.set(false);
            importText(text);
        }, this::failed);
    }

    public void addPhoto(Path file) {
        busy.set(true);
        executor.run(() -> services.photos().importPhoto(file), p -> {
            busy.set(false);
            photos.add(new PhotoRow(p));
        }, this::failed);
    }

    public Path photoFile(PhotoRow row) {
        return services.media().path(row.photo().sha256(), row.photo().extension());
    }

    public void addNarasumber() {
        narasumber.add(new NarasumberRow(new Narasumber("", "", "")));
    }

    public boolean editable() {
        Release r = release.get();
        return r == null || r.status().editable() && !r.trashed();
    }

    private String timeOf(Instant at) {
        return formats.time(at);
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
