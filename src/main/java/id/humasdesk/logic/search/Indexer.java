package id.humasdesk.logic.search;

import id.humasdesk.model.Release;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.Term;

/**
 * The one thread that writes this PC's index. At start it opens and checks the index, rebuilding it
 * from the database when it is missing, unreadable, stamped by another schema, or behind the pruned
 * part of the outbox; then it follows the outbox from its own cursor whenever it is woken (after
 * every commit of this PC) or its timer fires (changes made on other PCs). The cursor is committed
 * with the index and only then recorded in the database, where it keeps the rows this PC still needs
 * from being pruned (decision note 0603); a crash at any point loses nothing: the rows are applied
 * again, which is harmless.
 */
final class Indexer implements Runnable {
    private static final Logger LOG = Logger.getLogger(Indexer.class.getName());
    static final int DRAIN_BATCH = 500;
    static final int COMMIT_EVERY = 5_000;
    static final int REBUILD_BATCH = 1_000;
    /** Applying rows one by one costs several times a sequential rebuild per release. */
    static final int BACKLOG_REBUILD_MIN = 5_000;

    /**
     * Timings: {@code poll} is the timer that finds other PCs' changes, {@code retry} the wait after
     * a failure; a pass that meets {@code bulkRows} queued rows is a bulk load (demo data, an import),
     * which is left to settle until the queue has not grown for {@code quiet}, then replayed or
     * rebuilt in one go. A PC records its cursor at least every {@code heartbeat} even when nothing
     * changes; one not seen for {@code activeWindow} no longer holds back pruning.
     */
    record Settings(long pollMillis, long retryMillis, long quietMillis, int bulkRows, Duration heartbeat,
            Duration activeWindow) {
        static final Duration DEFAULT_ACTIVE_WINDOW = Duration.ofDays(30);
        static final Settings STANDARD = new Settings(2_000, 60_000, 2_000, 5_000, Duration.ofMinutes(10),
                DEFAULT_ACTIVE_WINDOW);

        Settings(long pollMillis, long retryMillis, long quietMillis, int bulkRows) {
            this(pollMillis, retryMillis, quietMillis, bulkRows, Duration.ofMinutes(10), DEFAULT_ACTIVE_WINDOW);
        }

        Settings withActiveWindow(Duration window) {
            return new Settings(pollMillis, retryMillis, quietMillis, bulkRows, heartbeat, window);
        }
    }

    /** This PC as the outbox knows it: a stable id (per data directory) and a name for people. */
    record Reader(String pcId, String pcName, Clock clock) {
    }

    private final SearchSource source;
    private final IndexSchema schema;
    private final Path folder;
    private final Settings settings;
    private final Reader reader;
    /** The last outbox number the committed index holds; only the indexer thread touches it. */
    private long cursor = -1;
    /** When the cursor was last recorded in the database (nanoTime), for the heartbeat. */
    private long recordedAt;
    private final Semaphore wake = new Semaphore(0);
    private final StatusBoard board = new StatusBoard();
    private volatile boolean stopping;
    private volatile boolean rebuildRequested;
    private volatile LuceneIndex index;
    private Thread thread;

    Indexer(SearchSource source, IndexSchema schema, Path folder, Settings settings, Reader reader) {
        this.source = source;
        this.schema = schema;
        this.folder = folder;
        this.settings = settings;
        this.reader = reader;
    }

    synchronized void start() {
        if (thread == null) {
            thread = new Thread(this, "search-indexer");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        }
    }

    /** Something was committed: look at the outbox now rather than at the next tick. */
    void signal() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    void requestRebuild() {
        rebuildRequested = true;
        signal();
    }

    /** The index searches may use, or null while it is being built, checked or is broken. */
    LuceneIndex readyIndex() {
        LuceneIndex i = index;
        return i != null && status().isReady() ? i : null;
    }

    SearchStatus status() {
        return board.status();
    }

    void addListener(Consumer<SearchStatus> l) {
        board.addListener(l);
    }

    /** Waits until the index is ready; false on timeout. */
    boolean awaitReady(long timeoutMillis) throws InterruptedException {
        return board.awaitReady(timeoutMillis);
    }

    /**
     * Waits until a pass over the outbox that started after this call has finished, so everything
     * committed before the call is searchable; false on timeout or when the index is not ready.
     */
    boolean awaitCaughtUp(long timeoutMillis) throws InterruptedException {
        long pass = board.nextPass();
        signal();
        return board.awaitPass(pass, timeoutMillis);
    }

    /** Rebuilds in the background and waits until that rebuild is done and the index ready; false on timeout. */
    boolean rebuildAndWait(long timeoutMillis) throws InterruptedException {
        long rebuild = board.nextRebuild();
        requestRebuild();
        return board.awaitRebuild(rebuild, timeoutMillis);
    }

    /** Stops the thread between two batches and closes the index without committing unfinished work. */
    void close() {
        stopping = true;
        signal();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                LOG.warning("Search indexer did not stop in time");
            }
        } else {
            closeIndex();
            setStatus(SearchStatus.of(SearchStatus.State.CLOSED));
        }
    }

    @Override
    public void run() {
        try {
            boolean healthy = startUp();
            while (!stopping) {
                if (!healthy) {
                    pause(settings.retryMillis());
                    healthy = !stopping && rebuildSafely();
                    continue;
                }
                if (rebuildRequested) {
                    rebuildRequested = false;
                    healthy = rebuildSafely();
                    continue;
                }
                if (drainSafely(true)) {
                    healthy = settleBulk();
                } else if (!stopping && !rebuildRequested) {
                    awaitWork();
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Search indexer stopped", e);
        } finally {
            closeIndex();
            setStatus(SearchStatus.of(SearchStatus.State.CLOSED));
        }
    }

    private boolean startUp() {
        setStatus(SearchStatus.of(SearchStatus.State.STARTING));
        long t0 = System.nanoTime();
        try {
            index = LuceneIndex.open(folder, schema);
        } catch (LuceneIndex.UnusableException e) {
            if (e.missing()) {
                LOG.info("No search index yet; building it from the database");
            } else {
                LOG.log(Level.WARNING, "Search index unusable; rebuilding it from the database", e);
            }
            return rebuildSafely();
        }
        LOG.info(() -> "Search index opened and checked in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        try {
            cursor = index.openedCursor();
            if (cursor < 0) {
                LOG.info("Search index names no outbox position (older version); rebuilding");
                return rebuildSafely();
            }
            long horizon = record(cursor);
            if (horizon > cursor) {
                LOG.info(() -> "Search index stopped at change " + cursor + " but the outbox was pruned up to "
                        + horizon + " (this PC was away too long); rebuilding");
                return rebuildSafely();
            }
            long backlog = Math.max(0, source.lastSeq() - cursor);
            int releases = source.countReleases();
            if (backlog >= BACKLOG_REBUILD_MIN && backlog > releases / 5) {
                LOG.info(() -> backlog + " queued changes for " + releases + " releases; rebuilding instead");
                return rebuildSafely();
            }
            setStatus(new SearchStatus(SearchStatus.State.CATCHING_UP, 0, (int) Math.min(Integer.MAX_VALUE, backlog)));
            drainSafely(false);
            if (rebuildRequested || stopping) {
                return true;
            }
            // An index copied from elsewhere, or a database restored under it, shows as a count mismatch
            // (counted only while no other PC changes anything: the outbox number is the same before and after).
            if (source.lastSeq() == cursor && index.numDocs() != source.countReleases()
                    && source.lastSeq() == cursor) {
                LOG.warning(() -> "Search index holds " + index.numDocs() + " releases, the database "
                        + source.countReleases() + "; rebuilding");
                return rebuildSafely();
            }
            markReady();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index start-up failed", e);
            return false;
        }
    }

    private boolean rebuildSafely() {
        try {
            rebuild();
            if (!stopping) {
                drainSafely(false);
                markReady();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index rebuild failed; retrying later", e);
            closeIndex();
            setStatus(SearchStatus.of(SearchStatus.State.FAILED));
            return false;
        }
    }

    /**
     * Builds a new index from every release. It first moves this PC's cursor to the newest outbox
     * number (changes up to it are covered by the scan, and no prune removes what comes after);
     * rows that arrive during the scan are applied afterwards.
     */
    private void rebuild() throws IOException {
        long t0 = System.nanoTime();
        board.rebuildStarted();
        int total = source.countReleases();
        setStatus(new SearchStatus(SearchStatus.State.REBUILDING, 0, total));
        closeIndex();
        long covered = source.startAtNewest(reader.pcId(), reader.pcName(), reader.clock().instant());
        recordedAt = System.nanoTime();
        LuceneIndex fresh = LuceneIndex.create(folder, schema);
        try (ReleaseScan scan = new ReleaseScan(source, REBUILD_BATCH, () -> stopping)) {
            int done = 0;
            for (List<Release> batch = scan.next(); batch != null && !batch.isEmpty(); batch = scan.next()) {
                for (Release r : batch) {
                    fresh.writer().addDocument(IndexSchema.document(r));
                }
                done += batch.size();
                setStatus(new SearchStatus(SearchStatus.State.REBUILDING, done, Math.max(total, done)));
            }
            if (stopping) {
                fresh.close();
                return;
            }
            fresh.commit(covered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            closeQuietly(fresh);
            return;
        } catch (IOException | RuntimeException e) {
            closeQuietly(fresh);
            throw e;
        }
        index = fresh;
        cursor = covered;
        pruneQuietly();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        LOG.info(() -> "Search index rebuilt: " + fresh.numDocs() + " releases in " + ms + " ms");
        board.rebuildDone();
    }

    /**
     * Applies the outbox until it is empty. A failing index asks for a rebuild; a failing database
     * leaves the rows for the next pass.
     *
     * @param yieldToBulk stop early when the pass turns out to be a bulk load
     * @return true when it stopped because of a bulk load
     */
    private boolean drainSafely(boolean yieldToBulk) {
        board.passStarted();
        boolean bulk;
        try {
            bulk = drain(yieldToBulk);
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            LOG.log(Level.WARNING, "Search index update failed; rebuilding", e);
            rebuildRequested = true;
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the search outbox failed", e);
            return false;
        }
        if (!stopping && !bulk) {
            board.passDone();
        }
        return bulk;
    }

    /**
     * One pass over the outbox from this PC's cursor: batches of {@value #DRAIN_BATCH} rows, one
     * index commit (the slow, synced part) per {@value #COMMIT_EVERY} rows; after each commit the
     * cursor is recorded in the database and what every active PC has passed is pruned. A pass that
     * finds nothing still records the cursor once per heartbeat, so an idle PC stays active.
     */
    private boolean drain(boolean yieldToBulk) throws IOException {
        LuceneIndex idx = index;
        if (idx == null) {
            return false;
        }
        if (yieldToBulk && source.lastSeq() - cursor >= settings.bulkRows()) {
            return true;
        }
        long upTo = cursor;
        int applied = 0;
        int uncommitted = 0;
        while (!stopping) {
            List<OutboxEntry> entries = source.pending(upTo, DRAIN_BATCH);
            if (!entries.isEmpty()) {
                apply(idx, entries);
                uncommitted += entries.size();
                upTo = entries.get(entries.size() - 1).seq();
            }
            boolean bulk = yieldToBulk && !entries.isEmpty() && applied + uncommitted >= settings.bulkRows();
            if (uncommitted >= COMMIT_EVERY || bulk || entries.isEmpty() && uncommitted > 0) {
                idx.commit(upTo);
                long before = cursor;
                cursor = upTo;
                applied += uncommitted;
                uncommitted = 0;
                if (!recordAndCheck(before)) {
                    return false;
                }
                pruneQuietly();
                SearchStatus s = status();
                if (s.state() == SearchStatus.State.CATCHING_UP) {
                    setStatus(new SearchStatus(SearchStatus.State.CATCHING_UP, applied,
                            Math.max(s.total(), applied)));
                }
            }
            if (bulk) {
                return true;
            }
            if (entries.isEmpty()) {
                if (System.nanoTime() - recordedAt >= settings.heartbeat().toNanos()) {
                    recordAndCheck(cursor);
                    pruneQuietly();
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Records the cursor; when the outbox was pruned past {@code before} (the cursor this pass
     * started from), rows this PC needed may be gone, so it asks for a rebuild and returns false.
     */
    private boolean recordAndCheck(long before) {
        long horizon = record(cursor);
        if (horizon > before) {
            LOG.warning(() -> "The outbox was pruned up to " + horizon + " while this PC had read only up to "
                    + before + "; rebuilding the search index");
            rebuildRequested = true;
            return false;
        }
        return true;
    }

    private long record(long at) {
        long horizon = source.follow(reader.pcId(), reader.pcName(), at, reader.clock().instant());
        recordedAt = System.nanoTime();
        return horizon;
    }

    /** Pruning is housekeeping: a failure (another PC pruning at the same moment) waits for the next pass. */
    private void pruneQuietly() {
        try {
            int n = source.prune(reader.clock().instant().minus(settings.activeWindow()));
            if (n > 0) {
                LOG.fine(() -> "Pruned " + n + " outbox rows every active PC has passed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Pruning the outbox failed; next time", e);
        }
    }

    /**
     * A bulk load is going on: rather than chase it row by row (about twice the work of a rebuild
     * per release, and competing with the load for the processor), wait until the outbox stops
     * growing, then replay it or rebuild, whichever is cheaper. Meanwhile the status is not ready, so
     * the library filters with the database and shows nothing stale.
     */
    private boolean settleBulk() {
        try {
            long last = source.lastSeq() - cursor;
            long queued = last;
            LOG.info(() -> "Bulk change (" + queued + " queued); indexing once it settles");
            setStatus(new SearchStatus(SearchStatus.State.CATCHING_UP, 0, (int) Math.min(Integer.MAX_VALUE, last)));
            while (!stopping) {
                pause(settings.quietMillis());
                long now = source.lastSeq() - cursor;
                if (now <= last) {
                    break;
                }
                last = now;
                setStatus(new SearchStatus(SearchStatus.State.CATCHING_UP, 0, (int) Math.min(Integer.MAX_VALUE, now)));
            }
            if (stopping) {
                return true;
            }
            if (last >= BACKLOG_REBUILD_MIN && last > source.countReleases() / 5) {
                return rebuildSafely();
            }
            drainSafely(false);
            markReady();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search indexer could not read the outbox", e);
            return false;
        }
    }

    /** Brings the documents of these entries' releases up to the database's current state. */
    private void apply(LuceneIndex idx, List<OutboxEntry> entries) throws IOException {
        Set<UUID> ids = new LinkedHashSet<>();
        for (OutboxEntry e : entries) {
            ids.add(e.releaseId());
        }
        Map<UUID, Release> current = new HashMap<>();
        for (Release r : source.releases(ids)) {
            current.put(r.id(), r);
        }
        for (UUID id : ids) {
            Term term = new Term(IndexSchema.ID, id.toString());
            Release r = current.get(id);
            if (r == null) {
                idx.writer().deleteDocuments(term);
            } else {
                idx.writer().updateDocument(term, IndexSchema.document(r));
            }
        }
    }

    private void markReady() {
        if (!stopping && index != null && !rebuildRequested) {
            setStatus(SearchStatus.of(SearchStatus.State.READY));
        }
    }

    private void awaitWork() {
        try {
            wake.tryAcquire(settings.pollMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Waits before retrying after a failure; only closing cuts it short. */
    private void pause(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!stopping) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                wake.tryAcquire(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    private void closeIndex() {
        LuceneIndex i = index;
        index = null;
        closeQuietly(i);
    }

    private static void closeQuietly(LuceneIndex i) {
        if (i != null) {
            try {
                i.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Closing the search index", e);
            }
        }
    }

    private void setStatus(SearchStatus s) {
        board.set(s);
    }
}
