package id.humasdesk.gui.library;

import id.humasdesk.gui.common.ScreenTask;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.library.LibraryListing;
import id.humasdesk.logic.library.LibraryOrder;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.logic.schedule.ScheduleService;
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

/**
 * The release list. Without a text query the table shows a {@link LibraryListing}: status, type,
 * author and the sort column go to the database, which counts the rows and reads the page the
 * table shows ({@link PagedRows}); at most {@link #MAX_PAGES} pages of {@link #PAGE} rows are held,
 * however many releases there are (decision note 0404). A text query goes to the search index and
 * shows its best hits (at most {@link SearchService#DEFAULT_LIMIT}), sorted in memory; a newer query
 * cancels an older one, so typing never waits for a search.
 */
public final class LibraryViewModel {
    /** The services the library uses: loading, search, trash and the plans shown beside a row. */
    public record Deps(DraftService drafts, LibraryService library, ScheduleService schedule, SearchService search) {
    }

    static final int FIRST_CHUNK = 200;
    static final int CHUNK = 5_000;
    static final int SNIPPETS = 100;
    /** Rows per page read for the table: a few screens' worth. */
    static final int PAGE = 100;
    /** Pages held at once (the visible ones, their neighbours, a few recent ones). */
    static final int MAX_PAGES = 8;
    private final Deps services;
    private final ScreenTasks tasks;
    private final Messages messages;
    /** Search hits (or, while the index is not ready, the first text matches): bounded, in memory. */
    private final ObservableList<ReleaseSummary> rows = FXCollections.observableArrayList();
    /** The listing without a text query, read page by page. */
    private final PagedRows<ReleaseSummary> paged;
    private final ObjectProperty<ObservableList<ReleaseSummary>> items = new SimpleObjectProperty<>(rows);
    private LibraryListing listing;
    private LibraryOrder order = LibraryOrder.NEWEST_FIRST;
    /** Rows in the library (or the trash) as last counted by a full reload; -1 before. */
    private int everythingCount = -1;
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
    private ScreenTask<Loaded> current;
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

    public LibraryViewModel(Deps services, TaskExecutor executor, Messages messages, Consumer<Throwable> onError) {
        this.services = services;
        this.tasks = new ScreenTasks(executor, onError);
        this.messages = messages;
        this.paged = new PagedRows<>(tasks, PAGE, MAX_PAGES);
        status.addListener((o, a, b) -> load(false));
        type.addListener((o, a, b) -> load(false));
        author.addListener((o, a, b) -> load(false));
        trash.addListener((o, a, b) -> reload());
        services.search().addStatusListener(st -> tasks.onFx(() -> {
            String key = st.messageKey();
            searchStatus.set(key == null ? "" : messages.get(key, st.percent()));
            if (services.search().isReady() && !text.get().isBlank() && !ranked.get()) {
                load(false);
            }
        }));
    }

    /** Reads the library again, counts and authors included (at the start, after a save, in or out of the trash). */
    public void reload() {
        load(true);
    }

    /**
     * Reads the rows again for a new filter, sort or text. {@code recount}: also count everything
     * and list the authors again; otherwise what the last full read counted is used (a sort or a
     * filter does not change them, and at 100,000 rows each count is a scan of an index).
     */
    private void load(boolean recount) {
        long gen = generation.incrementAndGet();
        String query = text.get().strip();
        boolean inTrash = trash.get();
        LibraryFilter filter = new LibraryFilter(status.get(), type.get(),
                author.get() == null ? null : author.get().id(), query, inTrash);
        LibraryFilter everything = new LibraryFilter(null, null, null, "", inTrash);
        LibraryFilter noText = new LibraryFilter(filter.status(), filter.type(), filter.authorId(), "", inTrash);
        LibraryOrder sortedBy = order;
        LibraryListing previous = recount ? null : listing;
        int knownTotal = recount ? -1 : everythingCount;
        progress.set(-1);
        snippets.clear();
        if (current != null) {
            current.cancel(); // a newer query supersedes it; its stream stops at the next chunk (gen)
        }
        current = tasks.task(() -> {
            Map<UUID, String> names = recount ? services.library().authors(inTrash) : null;
            if (!query.isEmpty()) {
                if (streamRanked(gen, filter)) {
                    return new Loaded(null, null, -1, -1, names);
                }
                // the index cannot answer yet: the newest text matches, as many as the index would show
                List<ReleaseSummary> found = services.library().firstPage(filter, SearchService.DEFAULT_LIMIT);
                int all = knownTotal >= 0 ? knownTotal : services.library().count(everything);
                return new Loaded(null, found, all, all, names);
            }
            LibraryListing list = previous != null && previous.filter().equals(noText)
                    ? services.library().reorder(previous, sortedBy, messages::label)
                    : services.library().listing(filter, sortedBy, messages::label);
            boolean narrowed = filter.status() != null || filter.type() != null || filter.authorId() != null;
            int all = !narrowed ? list.size() : knownTotal >= 0 ? knownTotal : services.library().count(everything);
            return new Loaded(list, list.rows(0, PAGE), all, all, names);
        }).busy(loading).onSuccess(loaded -> {
            if (gen != generation.get()) {
                return;
            }
            if (loaded.everything() >= 0) {
                everythingCount = loaded.everything();
            }
            if (loaded.listing() != null) {
                ranked.set(false);
                listing = loaded.listing();
                total = loaded.total();
                paged.reset(listing.size(), listing::rows, loaded.rows());
                show(paged);
            } else if (loaded.rows() != null) {
                ranked.set(false);
                listing = null;
                total = loaded.total();
                replaceRows(loaded.rows());
            }
            loadedText = query;
            loadMissed();
            progress.set(1);
            if (loaded.authors() != null) {
                updateAuthors(loaded.authors());
            }
            updateSummary();
        }).start();
    }

    /** What a reload read: a listing and its first page, or text matches (no listing), or nothing (ranked). */
    private record Loaded(LibraryListing listing, List<ReleaseSummary> rows, int total, int everything,
            Map<UUID, String> authors) {
    }

    /**
     * Orders the library by a column (the table's sort); reads it again when it shows a listing.
     * Search hits are sorted by the table itself; the order is kept for the next listing.
     */
    public void orderBy(LibraryOrder newOrder) {
        LibraryOrder o = newOrder == null ? LibraryOrder.NEWEST_FIRST : newOrder;
        if (o.equals(order)) {
            return;
        }
        order = o;
        if (paged() && text.get().strip().isEmpty()) {
            load(false);
        }
    }

    public LibraryOrder order() {
        return order;
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
        listing = null;
        paged.reset(0, null, List.of());
        show(rows);
        replaced.set(replaced.get() + 1);
    }

    private void show(ObservableList<ReleaseSummary> list) {
        if (items.get() != list) {
            items.set(list);
            replaced.set(replaced.get() + 1);
        }
    }

    /** True when the table shows a listing read page by page (sorted by the database, not in memory). */
    public boolean paged() {
        return items.get() == paged;
    }

    /** Library rows held in memory now: the pages of the listing and the search hits. */
    public int heldRows() {
        return paged.held() + rows.size();
    }

    /** Pages of the listing read from the database so far. */
    int pagesRead() {
        return paged.pagesRead();
    }

    /** Counts whole replacements of the rows (a new query, a reload); the view re-creates its sorted list. */
    public javafx.beans.property.ReadOnlyIntegerProperty replacedProperty() {
        return replaced;
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
        if (!text.get().strip().equals(loadedText) || items.get().isEmpty() && total > 0) {
            load(everythingCount < 0);
        }
    }

    private void updateAuthors(Map<UUID, String> names) {
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
        int shown;
        if (paged()) {
            counts.putAll(listing.countByStatus());
            counts.values().removeIf(n -> n == 0);
            shown = listing.size();
        } else {
            for (ReleaseSummary r : rows) {
                counts.merge(r.status(), 1, Integer::sum);
            }
            shown = rows.size();
        }
        String parts = counts.entrySet().stream().map(e -> messages.label(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        String head = ranked.get() && total == 0 ? messages.get("library.empty")
                : messages.get(ranked.get() ? "library.summary.ranked" : "library.summary", shown, total);
        summary.set(parts.isEmpty() ? head : head + "  —  " + parts);
    }

    /** Moves a draft to the trash; the view offers undo while {@link #lastTrashedProperty()} is set. */
    public void trash(User actor, ReleaseSummary row) {
        if (row == null || row.status() != ReleaseStatus.DRAFT || trash.get()) {
            return;
        }
        tasks.task(() -> services.drafts().trash(actor, row.id())).onSuccess(r -> {
            lastTrashed.set(row);
            dropped(row);
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
        tasks.task(() -> services.drafts().restore(actor, row.id())).onSuccess(r -> dropped(row)).start();
    }

    /** A row left this view (trashed or restored): hits lose it in place, a listing is read again. */
    private void dropped(ReleaseSummary row) {
        if (paged()) {
            reload();
        } else {
            rows.remove(row);
            total--;
            updateSummary();
        }
    }

    /** The library closed (sign-out, exit): a running query stops, nothing more is shown. */
    public void close() {
        generation.incrementAndGet();
        tasks.close();
    }

    /** The rows the table shows now (a listing's positions are {@code null} until their page is read). */
    public ObservableList<ReleaseSummary> rows() {
        return items.get();
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
