package id.humasdesk.gui.editor;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ContentIssue;
import id.humasdesk.model.ContentRules;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's form: the fields as the user sees them and what they add up to (the content, the word
 * and character counts, the issues per field, the tab title). Dirty means "differs from what is
 * stored", computed from the content itself, so typing a word and deleting it again leaves nothing to
 * save. No I/O and no threads: the {@link EditorViewModel} loads and saves.
 */
final class EditorForm {
    private final Messages messages;
    private final ObjectProperty<Release> release;
    private final java.util.function.Consumer<Boolean> onEdit;
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty subheadline = new SimpleStringProperty("");
    private final StringProperty datelinePlace = new SimpleStringProperty("");
    private final ObjectProperty<java.time.LocalDate> datelineDate = new SimpleObjectProperty<>();
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
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty words = new SimpleIntegerProperty();
    private final IntegerProperty characters = new SimpleIntegerProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final Map<ContentIssue.Field, StringProperty> issues = new EnumMap<>(ContentIssue.Field.class);
    private ReleaseContent stored = ReleaseContent.empty();
    private boolean filling;

    /**
     * @param release the release on screen (null while never saved), for the title
     * @param onEdit  gets the dirty flag after every change (after a {@link #fill} too)
     */
    EditorForm(Messages messages, ObjectProperty<Release> release, java.util.function.Consumer<Boolean> onEdit) {
        this.messages = messages;
        this.release = release;
        this.onEdit = onEdit;
        for (ContentIssue.Field f : ContentIssue.Field.values()) {
            issues.put(f, new SimpleStringProperty(""));
        }
        Observable[] all = {headline, subheadline, datelinePlace, datelineDate, lead, body, narasumber, tags, tahapan,
            contactPerson, authorLine, closing, photos, type};
        for (Observable o : all) {
            o.addListener(x -> changed());
        }
    }

    ReleaseContent content() {
        List<String> paragraphs = Arrays.stream(body.get().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<String> tagList = Arrays.stream(tags.get().split("[,;]")).map(String::strip).toList();
        return new ReleaseContent(headline.get(), subheadline.get(), datelinePlace.get(), datelineDate.get(),
                lead.get(), paragraphs, narasumber.stream().map(NarasumberRow::toModel).toList(), tagList,
                tahapan.get(), contactPerson.get(), authorLine.get(), closing.get(),
                photos.stream().map(PhotoRow::toModel).toList());
    }

    /** What is stored: the form is dirty while its content differs from it. */
    ReleaseContent stored() {
        return stored;
    }

    void setStored(ReleaseContent c) {
        stored = c;
    }

    /** Puts {@code c} into the fields. */
    void fill(ReleaseContent c) {
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

    /** Fills the fields from an imported text; tags, stage, contact, author and photos stay as they are. */
    void fillImported(ReleaseContent parsed) {
        ReleaseContent current = content();
        fill(new ReleaseContent(parsed.headline(), parsed.subheadline(),
                parsed.datelinePlace().isEmpty() ? current.datelinePlace() : parsed.datelinePlace(),
                parsed.datelineDate(), parsed.lead(), parsed.paragraphs(), parsed.narasumber(), current.tags(),
                current.tahapan(), current.contactPerson(), current.authorLine(),
                parsed.closing().isEmpty() ? current.closing() : parsed.closing(), current.photos()));
    }

    /** Dirty, counts, issues and title follow the content; called on every change and after a save. */
    void changed() {
        if (filling) {
            return;
        }
        ReleaseContent c = content();
        dirty.set(!c.equals(stored));
        onEdit.accept(dirty.get());
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

    void updateTitle() {
        Release r = release.get();
        String base = r != null ? r.number() : messages.get("editor.newTitle", messages.label(type.get()));
        title.set(dirty.get() ? base + " *" : base);
    }

    void addNarasumber() {
        narasumber.add(new NarasumberRow(new Narasumber("", "", "")));
    }

    StringProperty issue(ContentIssue.Field f) {
        return issues.get(f);
    }

    StringProperty headline() {
        return headline;
    }

    StringProperty subheadline() {
        return subheadline;
    }

    StringProperty datelinePlace() {
        return datelinePlace;
    }

    ObjectProperty<java.time.LocalDate> datelineDate() {
        return datelineDate;
    }

    StringProperty lead() {
        return lead;
    }

    StringProperty body() {
        return body;
    }

    ObservableList<NarasumberRow> narasumber() {
        return narasumber;
    }

    StringProperty tags() {
        return tags;
    }

    StringProperty tahapan() {
        return tahapan;
    }

    StringProperty contactPerson() {
        return contactPerson;
    }

    StringProperty authorLine() {
        return authorLine;
    }

    StringProperty closing() {
        return closing;
    }

    ObservableList<PhotoRow> photos() {
        return photos;
    }

    ObjectProperty<ReleaseType> type() {
        return type;
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    IntegerProperty words() {
        return words;
    }

    IntegerProperty characters() {
        return characters;
    }

    StringProperty title() {
        return title;
    }
}
