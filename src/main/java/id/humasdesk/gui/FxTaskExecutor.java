package id.humasdesk.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Background threads for work, the FX thread for results. */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());
    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "humasdesk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Background task failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void finish(Runnable last, Runnable then) {
        pool.shutdown();
        Thread t = new Thread(() -> {
            try {
                if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warning("Background work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                last.run();
            } finally {
                Platform.runLater(then);
            }
        }, "humasdesk-exit");
        t.start();
    }

    @Override
    public void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
