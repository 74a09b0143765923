package id.humasdesk.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Background threads for work, the FX thread for results. At exit ({@link #finish}) it stops
 * taking work but lets every task already submitted run to its end and hand its result over on
 * the FX thread; only then are its threads stopped and the last step run. Work offered after exit
 * began (for example by the callback of a task that was still running) is dropped with a log line,
 * never refused with an exception: an exception there would reach the FX thread's handler while
 * the toolkit shuts down (decision 0410).
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());
    /** How long exit waits for running work and its callbacks before it goes on without them. */
    static final long DRAIN_MILLIS = 30_000;
    private final ExecutorService pool;
    private final Object lock = new Object();
    /** Tasks submitted whose callback has not run (or been dropped) yet. */
    private int pending;
    private boolean finishing;
    /** Set once the last step may run: callbacks arriving later are dropped. */
    private volatile boolean finished;

    public FxTaskExecutor() {
        this(threadsFor(Runtime.getRuntime().availableProcessors()));
    }

    /** A pool of at most {@code threads} named daemon threads; idle ones end after a while. */
    public FxTaskExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor p = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "humasdesk-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        p.allowCoreThreadTimeOut(true);
        pool = p;
    }

    /**
     * The cap for a machine with {@code cores} processors: the work waits mostly on the disk or the
     * database, so two threads a core, but at least 4 (one long integrity check or export must not hold
     * up every list) and at most 8 (more would only queue for the 8 connections of an office server).
     */
    static int threadsFor(int cores) {
        return Math.max(4, Math.min(8, 2 * cores));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        synchronized (lock) {
            if (finishing) {
                LOG.info(() -> "Closing: background task dropped (" + work.getClass().getName() + ")");
                return;
            }
            pending++;
        }
        pool.execute(() -> {
            Runnable callback;
            try {
                T result = work.call();
                callback = () -> onSuccess.accept(result);
            } catch (Exception | Error e) {
                // The screen's task helper logs it with its context (ScreenTasks); here only in detail.
                LOG.log(Level.FINE, "Background task failed", e);
                callback = () -> onFailure.accept(e);
            }
            deliver(callback);
        });
    }

    /** Runs the callback on the FX thread unless exit is already past it; counts it as settled either way. */
    private void deliver(Runnable callback) {
        try {
            Platform.runLater(() -> {
                try {
                    if (finished) {
                        LOG.info("Closing: result of a background task dropped");
                    } else {
                        callback.run();
                    }
                } finally {
                    settle();
                }
            });
        } catch (IllegalStateException toolkitGone) {
            LOG.info("Closing: the FX toolkit is gone, result of a background task dropped");
            settle();
        }
    }

    private void settle() {
        synchronized (lock) {
            pending--;
            lock.notifyAll();
        }
    }

    @Override
    public void finish(Runnable last, Runnable then) {
        synchronized (lock) {
            if (finishing) {
                return;
            }
            finishing = true;
        }
        Thread t = new Thread(() -> {
            try {
                drain();
                finished = true;
                pool.shutdown();
                if (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    LOG.warning("Background work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                last.run();
            } finally {
                try {
                    Platform.runLater(then);
                } catch (IllegalStateException toolkitGone) {
                    then.run();
                }
            }
        }, "humasdesk-exit");
        t.start();
    }

    /** Waits (bounded) until every submitted task has run and its callback ran on the FX thread. */
    private void drain() throws InterruptedException {
        long end = System.currentTimeMillis() + DRAIN_MILLIS;
        synchronized (lock) {
            while (pending > 0) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    int n = pending;
                    LOG.warning(() -> n + " background task(s) still running at exit; closing without them");
                    return;
                }
                lock.wait(left);
            }
        }
    }

    @Override
    public void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            try {
                Platform.runLater(r);
            } catch (IllegalStateException toolkitGone) {
                LOG.info("Closing: the FX toolkit is gone, an update was dropped");
            }
        }
    }
}
