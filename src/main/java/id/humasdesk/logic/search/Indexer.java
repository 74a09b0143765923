package id.humasdesk.logic.search;

import id.humasdesk.model.Release;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The one thread that writes the index. At start it opens and checks the index, rebuilding it from
 * the database when it is missing, unreadable or stamped by another schema; then it applies the
 * outbox whenever it is woken (after every commit) or its timer fires. Outbox rows are deleted only
 * after the index committed them, so a crash at any point loses nothing: the rows are applied again.
 */
final class Indexer implements Runnable {
    private static final Logger LOG = Logger.getLogger(Indexer.class.getName());
    static final int DRAIN_BATCH = 500;
    static final int COMMIT_EVERY = 5_000;
    static final int REBUILD_BATCH = 1_000;
    /** Applying rows one by one costs several times a sequential rebuild per release. */
    static final int BACKLOG_REBUILD_MIN = 5_000;

    /**
     * Timings: {@code poll} is the fallback timer, {@code retry} the wait after a failure; a pass that
     * meets {@code bulkRows} queued rows is a bulk load (demo data, an import), which is left to settle
     * until the queue has not grown for {@code quiet}, then replayed or rebuilt in one go.
     */
    record Settings(long pollMillis, long retryMillis, long quietMillis, int bulkRows) {
        static final Settings STANDARD = new Settings(5_000, 60_000, 2_000, 5_000);
    }

    private final SearchSource source;
    private final IndexSchema schema;
    private final Path folder;
    private final Settings settings;
    private final Semaphore wake = new Semaphore(0);
    private final StatusBoard board = new StatusBoard();
    private volatile boolean stopping;
    private volatile boolean rebuildRequested;
    private volatile LuceneIndex index;
    private Thread thread;

    Indexer(SearchSource source, IndexSchema schema, Path folder, Settings settings) {
        this.source = source;
        this.schema = schema;
        this.folder = folder;
        this.settings = settings;
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
            int backlog = source.pendingCount();
            int releases = source.countReleases();
            if (backlog >= BACKLOG_REBUILD_MIN && backlog > releases / 5) {
                LOG.info(() -> backlog + " queued changes for " + releases + " releases; rebuilding instead");
                return rebuildSafely();
            }
            setStatus(new SearchStatus(SearchStatus.State.CATCHING_UP, 0, backlog));
            drainSafely(false);
            if (rebuildRequested || stopping) {
                return true;
            }
            // An index copied from elsewhere, or a database restored under it, shows as a count mismatch.
            if (source.pendingCount() == 0 && index.numDocs() != source.countReleases()) {
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
     * Builds a new index from every release. Outbox rows present before the scan are covered by it
     * and removed after the commit; rows that arrive during the scan are applied afterwards.
     */
    private void rebuild() throws IOException {
        long t0 = System.nanoTime();
        board.rebuildStarted();
        int total = source.countReleases();
        setStatus(new SearchStatus(SearchStatus.State.REBUILDING, 0, total));
        closeIndex();
        List<Long> covered = source.pendingSequence();
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
            fresh.commit();
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
        source.remove(covered);
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
     * One pass over the outbox: batches of {@value #DRAIN_BATCH} rows, one index commit (the slow,
     * synced part) per {@value #COMMIT_EVERY} rows, and only after it the rows are deleted.
     */
    private boolean drain(boolean yieldToBulk) throws IOException {
        LuceneIndex idx = index;
        if (idx == null) {
            return false;
        }
        if (yieldToBulk && source.pendingCount() >= settings.bulkRows()) {
            return true;
        }
        long after = 0;
        int applied = 0;
        List<Long> uncommitted = new ArrayList<>();
        while (!stopping) {
            List<OutboxEntry> entries = source.pending(after, DRAIN_BATCH);
            if (!entries.isEmpty()) {
                apply(idx, entries);
                entries.forEach(e -> uncommitted.add(e.seq()));
                after = entries.get(entries.size() - 1).seq();
            }
            boolean bulk = yieldToBulk && !entries.isEmpty() && applied + uncommitted.size() >= settings.bulkRows();
            if (uncommitted.size() >= COMMIT_EVERY || bulk || entries.isEmpty() && !uncommitted.isEmpty()) {
                idx.commit();
                source.remove(uncommitted);
                applied += uncommitted.size();
                uncommitted.clear();
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
                return false;
            }
        }
        return false;
    }

    /**
     * A bulk load is going on: rather than chase it row by row (about twice the work of a rebuild
     * per release, and competing with the load for the processor), wait until the outbox stops
     * growing, then replay it or rebuild, whichever is cheaper. Meanwhile the status is not ready, so
     * the library filters with the database and shows nothing stale.
     */
    private boolean settleBulk() {
        try {
            int last = source.pendingCount();
            LOG.info(() -> "Bulk change (" + source.pendingCount() + " queued); indexing once it settles");
            setStatus(new SearchStatus(SearchStatus.State.CATCHING_UP, 0, last));
            while (!stopping) {
                pause(settings.quietMillis());
                int now = source.pendingCount();
                if (now <= last) {
                    break;
                }
                last = now;
                setStatus(new SearchStatus(SearchStatus.State.CATCHING_UP, 0, now));
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
