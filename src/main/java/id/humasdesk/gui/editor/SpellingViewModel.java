package id.humasdesk.gui.editor;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.check.CheckContext;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.check.FindingKind;
import id.humasdesk.logic.check.WritingCheckService;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Writing checks while the user types. Headline, lead and body are checked one field at a time
 * (the editor underlines them); the other fields are checked with the checklist. Every check runs
 * off the FX thread, and a result is dropped when its field's text changed in the meantime, so an
 * underline never lands on the wrong letters.
 */
public final class SpellingViewModel {
    /** The fields the editor underlines while the user types. */
    public static final List<CheckField> LIVE = List.of(CheckField.HEADLINE, CheckField.LEAD, CheckField.BODY);
    /** Words that "add to dictionary" accepts (the office list rejects the rest, see WritingCheckService). */
    private static final Pattern DICTIONARY_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Comparator<Finding> READING_ORDER = Comparator.comparing(Finding::field)
            .thenComparingInt(Finding::item).thenComparingInt(Finding::offset);

    /** A field's findings and the exact text they were computed for. */
    public record FieldFindings(String text, List<Finding> findings) {
        public FieldFindings {
            findings = List.copyOf(findings);
        }

        static FieldFindings none(String text) {
            return new FieldFindings(text, List.of());
        }

        /** The finding under this character, if any. */
        public java.util.Optional<Finding> at(int index) {
            return findings.stream().filter(f -> f.offset() <= index && index < f.end()).findFirst();
        }
    }

    /**
     * The release as the editor holds it while the user types, which is what gets checked.
     *
     * @param texts     the editor's text of each {@link #LIVE} field
     * @param content   the whole release as the editor holds it now (names, other fields)
     * @param releaseId the saved release's id, null while it was never saved
     */
    public record EditedRelease(Map<CheckField, StringProperty> texts, Supplier<ReleaseContent> content,
            Supplier<UUID> releaseId) {
        public EditedRelease {
            texts = Map.copyOf(texts);
        }
    }

    private final WritingCheckService writing;
    private final ScreenTasks tasks;
    private final User user;
    private final Supplier<ReleaseContent> content;
    private final Supplier<UUID> releaseId;
    private final Map<CheckField, StringProperty> texts = new EnumMap<>(CheckField.class);
    private final Map<CheckField, ObjectProperty<FieldFindings>> live = new EnumMap<>(CheckField.class);
    private final Map<CheckField, Integer> generations = new EnumMap<>(CheckField.class);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private List<Finding> others = List.of();
    private int othersGeneration;
    private int startGeneration;
    private CheckContext base;
    private boolean stopped;

    /** @param edited the release being edited; it must hold a text for every {@link #LIVE} field */
    public SpellingViewModel(WritingCheckService writing, TaskExecutor executor, User user, Consumer<Throwable> onError,
            EditedRelease edited) {
        this.writing = writing;
        this.tasks = new ScreenTasks(executor, onError);
        this.user = user;
        this.content = edited.content();
        this.releaseId = edited.releaseId();
        for (CheckField f : LIVE) {
            StringProperty p = edited.texts().get(f);
            if (p == null) {
                throw new IllegalArgumentException("No text for " + f);
            }
            this.texts.put(f, p);
            live.put(f, new SimpleObjectProperty<>(FieldFindings.none("")));
            generations.put(f, 0);
        }
    }

    /**
     * Loads the dictionary (if the start-up load has not finished) and this release's context
     * (ignored words, names) off the FX thread, then checks every field.
     */
    public void start(ReleaseContent c, UUID id) {
        int gen = ++startGeneration;
        tasks.task(() -> {
            writing.load();
            return writing.context(c, id);
        }).onSuccess(ctx -> {
            if (gen == startGeneration) {
                base = ctx;
                checkAll();
            }
        }).start();
    }

    /** Checks every field again (after ignore, add to dictionary, or a refresh). */
    public void checkAll() {
        LIVE.forEach(this::check);
        checkOthers();
    }

    /** Checks one underlined field as its text is now; called on a typing pause. */
    public void check(CheckField field) {
        StringProperty textProperty = texts.get(field);
        if (base == null || stopped || textProperty == null) {
            return;
        }
        String text = textProperty.get();
        int gen = generations.merge(field, 1, Integer::sum);
        CheckContext ctx = context();
        tasks.task(() -> writing.checkText(field, 0, text, ctx)).onSuccess(result -> {
            if (gen == generations.get(field) && text.equals(textProperty.get())) {
                live.get(field).set(new FieldFindings(text, result));
                publish();
            }
        }).start();
    }

    /** Subheadline, dateline place, narasumber, photo captions and closing: listed, not underlined. */
    public void checkOthers() {
        if (base == null || stopped) {
            return;
        }
        ReleaseContent c = content.get();
        CheckContext ctx = context();
        int gen = ++othersGeneration;
        tasks.task(() -> {
            List<Finding> out = new ArrayList<>();
            var w = writing;
            out.addAll(w.checkText(CheckField.SUBHEADLINE, 0, c.subheadline(), ctx));
            out.addAll(w.checkText(CheckField.DATELINE, 0, c.datelinePlace(), ctx));
            for (int i = 0; i < c.narasumber().size(); i++) {
                out.addAll(w.checkText(CheckField.NARASUMBER_TITLE, i, c.narasumber().get(i).title(), ctx));
                out.addAll(w.checkText(CheckField.NARASUMBER_TOPIC, i, c.narasumber().get(i).topic(), ctx));
            }
            for (int i = 0; i < c.photos().size(); i++) {
                out.addAll(w.checkText(CheckField.PHOTO_CAPTION, i, c.photos().get(i).caption(), ctx));
            }
            out.addAll(w.checkText(CheckField.CLOSING, 0, c.closing(), ctx));
            return out;
        }).onSuccess(result -> {
            if (gen == othersGeneration) {
                others = result;
                publish();
            }
        }).start();
    }

    /** The editor closed: checks asked for later (a pending typing pause) are not run. */
    public void stop() {
        stopped = true;
        tasks.close();
    }

    /**
     * Corrections for a finding, best first. Kata baku and house-style findings carry their fix;
     * spelling suggestions are computed off the FX thread (tens of milliseconds per word).
     */
    public void suggestions(Finding f, Consumer<List<String>> then) {
        if (f.kind() != FindingKind.SPELLING || !f.suggestions().isEmpty()) {
            then.accept(f.suggestions());
            return;
        }
        tasks.task(() -> writing.withSuggestions(f).suggestions()).onSuccess(then).start();
    }

    /** Ignores the word in this release: stored for a saved release, kept in memory until the first save. */
    public void ignore(Finding f) {
        UUID id = releaseId.get();
        if (base == null) {
            return;
        }
        if (id == null) {
            base = base.withIgnored(f.word());
            checkAll();
            return;
        }
        tasks.task(() -> writing.ignore(user, id, f.word())).onSuccess(x -> {
            base = base.withIgnored(f.word());
            checkAll();
        }).start();
    }

    /** Adds the word to the office word list, so no release of the office flags it again. */
    public void addToDictionary(Finding f) {
        tasks.task(() -> writing.addToDictionary(user, f.word())).onSuccess(x -> checkAll()).start();
    }

    /** Only single words go to the office list; phrases (house style) can only be ignored. */
    public static boolean canAddToDictionary(Finding f) {
        return f.kind() == FindingKind.SPELLING && DICTIONARY_WORD.matcher(f.word()).matches();
    }

    /** The release was saved for the first time: store the words ignored while it had no id. */
    public void saved(UUID id) {
        if (base == null || base.ignored().isEmpty()) {
            return;
        }
        List<String> words = List.copyOf(base.ignored());
        tasks.task(() -> {
            for (String w : words) {
                writing.ignore(user, id, w);
            }
            return null;
        }).start();
    }

    /** True while the text still holds the finding's word where it was found (so a fix may replace it). */
    public static boolean stillThere(Finding f, String text) {
        return f.end() <= text.length() && text.regionMatches(f.offset(), f.word(), 0, f.length());
    }

    /** Names come from the release as it is now; ignores and the office name from the start. */
    private CheckContext context() {
        return CheckContext.forRelease(content.get(), base.officeName(), base.ignored());
    }

    private void publish() {
        List<Finding> all = new ArrayList<>(others);
        live.values().forEach(ff -> all.addAll(ff.get().findings()));
        all.sort(READING_ORDER);
        if (!all.equals(findings)) {
            findings.setAll(all);
        }
    }

    /** The findings of an underlined field, with the text they belong to. */
    public ObjectProperty<FieldFindings> findingsProperty(CheckField field) {
        return live.get(field);
    }

    /** Every finding of the release in reading order (what the Periksa tab lists). */
    public ObservableList<Finding> findings() {
        return findings;
    }
}
