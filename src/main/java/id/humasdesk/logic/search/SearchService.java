package id.humasdesk.logic.search;

import id.humasdesk.logic.common.Machine;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.library.LibraryRepository;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.model.ReleaseSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Full-text search of releases over a Lucene index beside the database. The database stays the
 * source of truth: the index follows it through the search outbox and can always be rebuilt from
 * it. While the index is not ready every query method returns empty, and the library keeps using
 * its plain database filter; {@link #status()} and the listeners tell when search takes over.
 *
 * <p>All methods may be called from any thread but do disk work: call them off the FX thread.
 */
public final class SearchService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    /** How many ranked rows the library asks for by default. */
    public static final int DEFAULT_LIMIT = 1_000;

    private final LibraryRepository library;
    private final Analyzer analyzer;
    private final Indexer indexer;

    /**
     * @param source       the database side: outbox, the PCs' cursors and releases
     * @param library      turns ranked ids into library rows
     * @param indexFolder  where the index lives ({@code <data directory>/index})
     * @param pcId         this PC's stable id in the outbox (one per data directory)
     * @param clock        when this PC was last seen
     * @param activeWindow a PC not seen for this long no longer holds back pruning of the outbox
     */
    public SearchService(SearchSource source, LibraryRepository library, Path indexFolder, String pcId, Clock clock,
            Duration activeWindow) {
        this(source, library, indexFolder, IndexSchema.standard(),
                Indexer.Settings.STANDARD.withActiveWindow(activeWindow),
                new Indexer.Reader(pcId, Machine.name(), clock));
    }

    /** For tests: one PC per index folder, named after it, on the system clock. */
    SearchService(SearchSource source, LibraryRepository library, Path indexFolder, IndexSchema schema,
            Indexer.Settings settings) {
        this(source, library, indexFolder, schema, settings, new Indexer.Reader("pc-" + Integer.toHexString(
                indexFolder.toAbsolutePath().normalize().toString().hashCode()), Machine.name(), Clock.systemUTC()));
    }

    /** {@code pc} is this PC as the outbox knows it: its id and name, and the clock of its visits. */
    SearchService(SearchSource source, LibraryRepository library, Path indexFolder, IndexSchema schema,
            Indexer.Settings settings, Indexer.Reader pc) {
        this.library = library;
        this.analyzer = schema.analyzer();
        this.indexer = new Indexer(source, schema, indexFolder, settings, pc);
    }

    /** How long a PC may stay away before the outbox stops keeping changes for it, unless configured. */
    public static Duration defaultActiveWindow() {
        return Indexer.Settings.DEFAULT_ACTIVE_WINDOW;
    }

    /** Starts the background indexer: it checks the index, rebuilds it if needed, then follows the outbox. */
    public void start() {
        indexer.start();
    }

    /** Wakes the indexer after a commit; wire it to the database's commit hook. */
    public void changed() {
        indexer.signal();
    }

    public SearchStatus status() {
        return indexer.status();
    }

    public boolean isReady() {
        return indexer.status().isReady();
    }

    /** Called on the indexer thread at every change of state and during a rebuild; hop to the FX thread. */
    public void addStatusListener(Consumer<SearchStatus> listener) {
        indexer.addListener(listener);
    }

    /** Rebuilds now and blocks until the new index is ready (for the bench and tests); false on timeout. */
    public boolean rebuildAndWait(Duration timeout) throws InterruptedException {
        return indexer.rebuildAndWait(timeout.toMillis());
    }

    /** Blocks until the index is ready (for commands and tests); false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return indexer.awaitReady(timeout.toMillis());
    }

    /** Blocks until everything committed before the call is searchable (for commands and tests). */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return indexer.awaitCaughtUp(timeout.toMillis());
    }

    /**
     * Library rows matching the filter's text and its status, type, author and trash choice, best
     * match first, at most {@code limit}, with the total number of matches. Empty when the filter
     * has no text, the text has nothing searchable (only words like "di", "yang"), or the index is
     * not ready: then the library uses its own filter.
     */
    public Optional<SearchResult> search(LibraryFilter filter, int limit) {
        List<ReleaseSummary> rows = new ArrayList<>();
        OptionalInt total = stream(filter, limit, limit, limit, () -> false, rows::addAll);
        return total.isPresent() ? Optional.of(new SearchResult(rows, total.getAsInt())) : Optional.empty();
    }

    /**
     * Like {@link LibraryService#stream}, for a search: ranks once, then hands the rows over in
     * chunks, best first (a small first chunk fills the table at once; rows cost more than the
     * ranking). Stops early when {@code cancelled} says so.
     *
     * @return how many releases matched in all; empty when search cannot answer (see {@link
     *         #search}), and then nothing was streamed
     */
    public OptionalInt stream(LibraryFilter filter, int limit, int firstChunk, int chunk, BooleanSupplier cancelled,
            Consumer<List<ReleaseSummary>> sink) {
        Optional<RankedIds> ranked = rankedIds(filter, limit);
        if (ranked.isEmpty()) {
            return OptionalInt.empty();
        }
        List<UUID> ids = ranked.get().ids();
        int from = 0;
        int size = Math.max(1, firstChunk);
        while (from < ids.size() && !cancelled.getAsBoolean()) {
            List<ReleaseSummary> rows = rows(filter, ids.subList(from, Math.min(ids.size(), from + size)));
            if (!rows.isEmpty()) {
                sink.accept(rows);
            }
            from += size;
            size = Math.max(1, chunk);
        }
        return OptionalInt.of(ranked.get().totalHits());
    }

    /**
     * Rows for ranked ids, in the same order, read from the database (so they show its current
     * state); ids whose release no longer matches the filter's status, type, author or trash choice
     * are left out, which covers the moment before the index caught up with a change.
     */
    public List<ReleaseSummary> rows(LibraryFilter filter, List<UUID> rankedIds) {
        Map<UUID, ReleaseSummary> byId = new HashMap<>();
        for (ReleaseSummary r : library.summaries(filter, rankedIds)) {
            byId.put(r.id(), r);
        }
        List<ReleaseSummary> rows = new ArrayList<>(byId.size());
        for (UUID id : rankedIds) {
            ReleaseSummary r = byId.get(id);
            if (r != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** Like {@link #search} but only ids: the fastest way to the ranking. */
    public Optional<RankedIds> rankedIds(LibraryFilter filter, int limit) {
        Optional<Query> text = Queries.text(analyzer, filter.text());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Query query = Queries.filtered(text.get(), filter);
        return withSearcher((s, ids) -> IndexSearch.rank(s, ids, query, limit));
    }

    /**
     * Snippets for the rows on screen: for each of {@code ids} that matches {@code text}, the
     * headline and a passage with the matched words as ranges. Empty when the index is not ready.
     */
    public Map<UUID, SearchSnippet> snippets(String text, Collection<UUID> ids) {
        Optional<Query> query = Queries.text(analyzer, text);
        if (query.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        return withSearcher((s, table) -> IndexSearch.snippets(s, table, analyzer, query.get(), ids)).orElse(Map.of());
    }

    /** Stops the indexer (between two batches) and closes the index. */
    @Override
    public void close() {
        indexer.close();
    }

    private interface SearchWork<T> {
        T apply(IndexSearcher searcher, SegmentIds ids) throws IOException;
    }

    private <T> Optional<T> withSearcher(SearchWork<T> work) {
        LuceneIndex index = indexer.readyIndex();
        if (index == null) {
            return Optional.empty();
        }
        try {
            SearcherManager manager = index.searchers();
            IndexSearcher searcher = manager.acquire();
            try {
                return Optional.of(work.apply(searcher, index.ids()));
            } finally {
                manager.release(searcher);
            }
        } catch (AlreadyClosedException e) {
            return Optional.empty();
        } catch (CorruptIndexException e) {
            LOG.log(Level.WARNING, "Search index damaged; rebuilding", e);
            indexer.requestRebuild();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search failed; using the plain filter", e);
            return Optional.empty();
        }
    }
}
