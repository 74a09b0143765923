package id.humasdesk.logic.search;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The indexer's state as other threads see it: the status, its listeners, and counters of outbox
 * passes and rebuilds that callers can wait on (commands and tests wait; the library never does).
 */
final class StatusBoard {
    private static final Logger LOG = Logger.getLogger(StatusBoard.class.getName());
    private final Object lock = new Object();
    private final List<Consumer<SearchStatus>> listeners = new CopyOnWriteArrayList<>();
    private SearchStatus status = SearchStatus.of(SearchStatus.State.STARTING);
    private long passesStarted;
    private long passesDone;
    private long rebuildsStarted;
    private long rebuildsDone;

    SearchStatus status() {
        synchronized (lock) {
            return status;
        }
    }

    void addListener(Consumer<SearchStatus> l) {
        listeners.add(l);
    }

    /** Listeners hear of a state before anyone waiting for it wakes up. Once closed, stays closed. */
    void set(SearchStatus s) {
        synchronized (lock) {
            if (status.state() == SearchStatus.State.CLOSED) {
                return;
            }
            status = s;
        }
        for (Consumer<SearchStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Search status listener failed", e);
            }
        }
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    void passStarted() {
        synchronized (lock) {
            passesStarted++;
        }
    }

    void passDone() {
        synchronized (lock) {
            passesDone++;
            lock.notifyAll();
        }
    }

    void rebuildStarted() {
        synchronized (lock) {
            rebuildsStarted++;
        }
    }

    void rebuildDone() {
        synchronized (lock) {
            rebuildsDone++;
            lock.notifyAll();
        }
    }

    /** The number the next outbox pass will have. */
    long nextPass() {
        synchronized (lock) {
            return passesStarted + 1;
        }
    }

    long nextRebuild() {
        synchronized (lock) {
            return rebuildsStarted + 1;
        }
    }

    boolean awaitReady(long timeoutMillis) throws InterruptedException {
        return await(() -> true, timeoutMillis);
    }

    /** Waits until outbox pass {@code number} has finished and the index is ready. */
    boolean awaitPass(long number, long timeoutMillis) throws InterruptedException {
        return await(() -> passesDone >= number, timeoutMillis);
    }

    /** Waits until rebuild {@code number} has finished and the index is ready. */
    boolean awaitRebuild(long number, long timeoutMillis) throws InterruptedException {
        return await(() -> rebuildsDone >= number, timeoutMillis);
    }

    private boolean await(BooleanSupplier done, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lock) {
            while (!(done.getAsBoolean() && status.isReady())) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || status.state() == SearchStatus.State.CLOSED) {
                    return false;
                }
                lock.wait(left);
            }
            return true;
        }
    }
}
