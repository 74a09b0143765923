package id.humasdesk.gui.library;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.services.Services;
import id.humasdesk.gui.common.ScreenTask;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.search.SearchService;
import id.humasdesk.logic.search.SearchSnippet;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The release list. Rows stream in from the database in chunks (first chunk small, so the table
 * fills at once); status, type and author filter in memory; the text filter asks the database and
 * a newer query cancels an older one, so typing never waits for a search.
 */
public final class LibraryViewModel {
    static final int FIRST_CHUNK = 200;
    static final int CHUNK = 5_000;
    static final int SNIPPETS = 100;
    private final Services services;
    private final ScreenTasks tasks;
    private final Messages messages;
    private final ObservableList<ReleaseSummary> rows = FXCollections.observableArrayList();
    private final FilteredList<ReleaseSummary> filtered = new FilteredList<>(rows, r -> true);
    private final ObservableList<AuthorChoice> authors = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ReleaseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<ReleaseType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<AuthorChoice> author = new SimpleObjectProperty<>();
    private final BooleanProperty trash = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReleaseSummary> lastTrashed = new SimpleObjectProperty<>();
    /** Counts queries; the running stream stops when it is no longer the newest. */
    private final AtomicLong generation = new AtomicLong();
    private ScreenTask<Boolean> current;
    private final javafx.collections.ObservableSet<UUID> missed = FXCollections.observableSet();
    private final javafx.collections.ObservableMap<UUID, SearchSnippet> snippets = FXCollections.observableHashMap();
    private final BooleanProperty ranked = new SimpleBooleanProperty(false);
    private final StringProperty searchStatus = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty replaced = new javafx.beans.property.SimpleIntegerProperty();
    private int total;
    private String loadedText = "";

    /** An author in the filter box; {@code null} id means everyone. */
    public record AuthorChoice(UUID id, String name) {
    }

    public LibraryViewModel(Services services, TaskExecutor executor, Messages messages, Consumer<Throwable> onError) {
        this.services = services;
        this.tasks = new ScreenTasks(executor, onError);
        this.messages = messages;
        status.addListener((o, a, b) -> filtersChanged());
        type.addListener((o, a, b) -> filtersChanged());
        author.addListener((o, a, b) -> filtersChanged());
        trash.addListener((o, a, b) -> reload());
        services.search().addStatusListener(st -> tasks.onFx(() -> {
            String key = st.messageKey();
            searchStatus.set(key == null ? "" : messages.get(key, st.percent()));
            if (services.search().isReady() && !text.get().isBlank() && !ranked.get()) {
                reload();
            }
        }));
    }

    /** Loads everything again (after a save, or when the text filter changed). */
    public void reload() {
        long gen = generation.incrementAndGet();
        String query = text.get().strip();
        LibraryFilter filter = new LibraryFilter(null, null, null, query, trash.get());
        LibraryFilter rankedFilter = new LibraryFilter(status.get(), type.get(),
                author.get() == null ? null : author.get().id(), query, trash.get());
        progress.set(-1);
        snippets.clear();
        if (current != null) {
            current.cancel(); // a newer query supersedes it; its stream stops at the next chunk (gen)
        }
        current = tasks.task(() -> {
            if (!query.isEmpty() && streamRanked(gen, rankedFilter)) {
                return false;
            }
            tasks.onFx(() -> ranked.set(false));
            int count = services.library().count(filter);
            tasks.onFx(() -> {
                if (gen == generation.get()) {
                    total = count;
                    if (count == 0) {
                        replaceRows(List.of());
                    }
                }
            });
            boolean[] first = {true};
            int[] streamed = {0};
            services.library().stream(filter, FIRST_CHUNK, CHUNK, () -> gen != generation.get(), chunk -> {
                streamed[0] += chunk.size();
                tasks.onFx(() -> {
                    if (gen != generation.get()) {
                        return;
                    }
                    if (first[0]) {
                        replaceRows(chunk);
                        first[0] = false;
                    } else {
                        rows.addAll(chunk);
                    }
                    progress.set(total == 0 ? 1 : Math.min(1.0, rows.size() / (double) total));
                    updateSummary();
                });
            });
            return streamed[0] == 0;
        }).busy(loading).onSuccess(empty -> {
            if (empty) {
                replaceRows(List.of());
            }
            loadedText = query;
            loadMissed();
            progress.set(1);
            updateAuthors();
            updateSummary();
        }).start();
    }

    /**
     * Ranked search through the Lucene index (best first, filters applied by the index); false when
     * the index cannot answer yet, and the SQL filter takes over.
     */
    private boolean streamRanked(long gen, LibraryFilter filter) {
        boolean[] first = {true};
        java.util.List<UUID> firstIds = new java.util.ArrayList<>();
        java.util.OptionalInt hits = services.search().stream(filter, SearchService.DEFAULT_LIMIT, FIRST_CHUNK, CHUNK,
                () -> gen != generation.get(), chunk -> {
                    if (firstIds.isEmpty()) {
                        chunk.stream().limit(SNIPPETS).forEach(r -> firstIds.add(r.id()));
                    }
                    tasks.onFx(() -> {
                        if (gen != generation.get()) {
                            return;
                        }
                        if (first[0]) {
                            ranked.set(true);
                            replaceRows(chunk);
                            first[0] = false;
                        } else {
                            rows.addAll(chunk);
                        }
                        updateSummary();
                    });
                });
        if (hits.isEmpty()) {
            return false;
        }
        int total = hits.getAsInt();
        var found = firstIds.isEmpty() ? java.util.Map.<UUID, SearchSnippet>of()
                : services.search().snippets(filter.text(), firstIds);
        tasks.onFx(() -> {
            if (gen == generation.get()) {
                this.total = total;
                if (first[0]) {
                    ranked.set(true);
                    replaceRows(List.of());
                }
                snippets.putAll(found);
                updateSummary();
            }
        });
        return true;
    }

    /**
     * Puts a new set of rows in place of the old one and says so through {@link #replacedProperty()}:
     * a JavaFX {@code SortedList} keeps its old elements past its new size when its whole source is
     * replaced (100,000 library rows stayed reachable behind 1,000 search hits), so the view starts
     * a fresh sorted list over the new rows.
     */
    private void replaceRows(List<ReleaseSummary> chunk) {
        if (chunk.isEmpty()) {
            rows.clear();
        } else {
            rows.setAll(chunk);
        }
        replaced.set(replaced.get() + 1);
    }

    /** Counts whole replacements of the rows (a new query, a reload); the view re-creates its sorted list. */
    public javafx.beans.property.ReadOnlyIntegerProperty replacedProperty() {
        return replaced;
    }

    /** With a text query the index applies status, type and author; without, they filter in memory. */
    private void filtersChanged() {
        if (ranked.get()) {
            reload();
        } else {
            refilter();
        }
    }

    private void loadMissed() {
        tasks.task(() -> services.schedule().releasesWithMissedPlans()).onSuccess(ids -> {
            missed.clear();
            missed.addAll(ids);
        }).start();
    }

    /** Releases with a publication plan that passed without being marked posted or skipped. */
    public javafx.collections.ObservableSet<UUID> missed() {
        return missed;
    }

    /** Highlighted headline and context per release, for the best search results. */
    public javafx.collections.ObservableMap<UUID, SearchSnippet> snippets() {
        return snippets;
    }

    /** True while rows come from the search index, in order of relevance. */
    public BooleanProperty rankedProperty() {
        return ranked;
    }

    /** What the search index is doing, when it is not simply ready. */
    public StringProperty searchStatusProperty() {
        return searchStatus;
    }

    /** Called by the view after the user paused typing; no query when nothing changed. */
    public void applyText() {
        if (!text.get().strip().equals(loadedText) || rows.isEmpty() && total > 0) {
            reload();
        }
    }

    private void refilter() {
        ReleaseStatus s = status.get();
        ReleaseType t = type.get();
        UUID a = author.get() == null ? null : author.get().id();
        filtered.setPredicate(r -> (s == null || r.status() == s) && (t == null || r.type() == t)
                && (a == null || r.authorId().equals(a)));
        updateSummary();
    }

    private void updateAuthors() {
        Map<UUID, String> names = rows.stream().collect(Collectors.toMap(ReleaseSummary::authorId,
                ReleaseSummary::authorName, (x, y) -> x));
        AuthorChoice keep = author.get();
        List<AuthorChoice> list = names.entrySet().stream().map(e -> new AuthorChoice(e.getKey(), e.getValue()))
                .sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).collect(Collectors.toList());
        list.add(0, new AuthorChoice(null, messages.get("library.filter.anyAuthor")));
        authors.setAll(list);
        if (keep != null && list.stream().noneMatch(c -> Objects.equals(c.id(), keep.id()))) {
            author.set(null);
        }
    }

    private void updateSummary() {
        Map<ReleaseStatus, Integer> counts = new EnumMap<>(ReleaseStatus.class);
        for (ReleaseSummary r : filtered) {
            counts.merge(r.status(), 1, Integer::sum);
        }
        String parts = counts.entrySet().stream().map(e -> messages.label(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        String head = ranked.get() && total == 0 ? messages.get("library.empty")
                : messages.get(ranked.get() ? "library.summary.ranked" : "library.summary", filtered.size(), total);
        summary.set(parts.isEmpty() ? head : head + "  —  " + parts);
    }

    /** Moves a draft to the trash; the view offers undo while {@link #lastTrashedProperty()} is set. */
    public void trash(User actor, ReleaseSummary row) {
        if (row == null || row.status() != ReleaseStatus.DRAFT || trash.get()) {
            return;
        }
        tasks.task(() -> services.drafts().trash(actor, row.id())).onSuccess(r -> {
            rows.remove(row);
            total--;
            lastTrashed.set(row);
            updateSummary();
        }).start();
    }

    public void undoTrash(User actor) {
        ReleaseSummary row = lastTrashed.get();
        if (row == null) {
            return;
        }
        tasks.task(() -> services.drafts().restore(actor, row.id())).onSuccess(r -> {
            lastTrashed.set(null);
            reload();
        }).start();
    }

    /** Restores a release shown in the trash view. */
    public void restore(User actor, ReleaseSummary row) {
        if (row == null || !trash.get()) {
            return;
        }
        tasks.task(() -> services.drafts().restore(actor, row.id())).onSuccess(r -> {
            rows.remove(row);
            total--;
            updateSummary();
        }).start();
    }

    /** The library closed (sign-out, exit): a running query stops, nothing more is shown. */
    public void close() {
        generation.incrementAndGet();
        tasks.close();
    }

    public ObservableList<ReleaseSummary> rows() {
        return filtered;
    }

    public ObservableList<AuthorChoice> authors() {
        return authors;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ReleaseStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<ReleaseType> typeProperty() {
        return type;
    }

    public ObjectProperty<AuthorChoice> authorProperty() {
        return author;
    }

    public BooleanProperty trashProperty() {
        return trash;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<ReleaseSummary> lastTrashedProperty() {
        return lastTrashed;
    }
}
