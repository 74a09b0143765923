package id.humasdesk.logic.search;

import id.humasdesk.model.Release;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Reads every release in id order on its own thread, a couple of batches ahead, so reading and
 * decoding rows overlaps with analysing text during a rebuild (about a third faster on two cores).
 * Stops by flags, never by interrupting: an interrupt closes the file channels of H2 and Lucene.
 */
final class ReleaseScan implements AutoCloseable {
    private static final long WAIT_MILLIS = 100;
    private static final List<Release> END = Collections.unmodifiableList(new ArrayList<>());
    private final BlockingQueue<List<Release>> queue = new ArrayBlockingQueue<>(2);
    private final BooleanSupplier stopping;
    private final Thread reader;
    private volatile boolean abandoned;
    private volatile RuntimeException failure;

    ReleaseScan(SearchSource source, int batchSize, BooleanSupplier stopping) {
        this.stopping = stopping;
        this.reader = new Thread(() -> read(source, batchSize), "search-rebuild-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(SearchSource source, int batchSize) {
        try {
            UUID after = null;
            while (!quit()) {
                List<Release> batch = source.releasesAfter(after, batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
                hand(batch);
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            hand(END);
        }
    }

    private void hand(List<Release> batch) {
        try {
            while (!quit() && !queue.offer(batch, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                // the indexer is busy; check the flags again
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean quit() {
        return abandoned || stopping.getAsBoolean();
    }

    /** The next batch; empty at the end; null when stopping. Rethrows a failure of the reader. */
    List<Release> next() throws InterruptedException {
        while (true) {
            List<Release> batch = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (batch == END) {
                if (failure != null) {
                    throw failure;
                }
                return List.of();
            }
            if (batch != null) {
                return batch;
            }
            if (stopping.getAsBoolean()) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        abandoned = true;
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
