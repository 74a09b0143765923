package id.humasdesk.gui.common;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;

/**
 * The background work of one screen (decision 0024). Every view model makes one from its
 * {@link TaskExecutor} and its way to tell the user about a failure, then starts its work with
 * {@link #task(Callable)}:
 *
 * <pre>{@code
 * tasks.task(() -> care.backupNow(user)).busy(busy).status(status, m.get("backup.making"))
 *         .onSuccess(b -> status.set(m.get("backup.made", ...))).start();
 * }</pre>
 *
 * What it guarantees, so a screen cannot forget it: the result arrives typed and on the FX thread;
 * a busy flag is set while the work runs and reset however it ends (flags count, so two tasks can
 * share one); a failure is always logged and then shown to the user (through the screen's handler,
 * the {@link DialogService} by default); after {@link #close()} (the screen closed) no result is
 * delivered to the screen any more and no new work starts.
 * <p>Not thread-safe by design: {@code start}, {@code close} and {@code cancel} are called on the FX
 * thread (the test thread with {@link TaskExecutor#sameThread()}), where the callbacks run too.
 */
public final class ScreenTasks {
    private static final Logger LOG = Logger.getLogger(ScreenTasks.class.getName());
    private final TaskExecutor executor;
    private final Consumer<Throwable> tellUser;
    private final List<ScreenTask<?>> running = new ArrayList<>();
    private final Map<BooleanProperty, Integer> holds = new IdentityHashMap<>();
    private volatile boolean closed;

    /**
     * @param tellUser shows a failure to the user in their language (usually {@code dialogs::error});
     *        it runs on the FX thread after the failure was logged
     */
    public ScreenTasks(TaskExecutor executor, Consumer<Throwable> tellUser) {
        this.executor = executor;
        this.tellUser = tellUser;
    }

    /** Work with a result. Nothing runs until {@link ScreenTask#start()}. */
    public <T> ScreenTask<T> task(Callable<T> work) {
        return new ScreenTask<>(this, work);
    }

    /** Work without a result: the success callback gets {@code null}. */
    public ScreenTask<Void> task(Action work) {
        return new ScreenTask<>(this, () -> {
            work.run();
            return null;
        });
    }

    /** Work without a result, for {@link #task(Action)}. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /**
     * Runs a small update on the FX thread, for example progress reported by running work or a
     * listener of a service; dropped once the screen closed.
     */
    public void onFx(Runnable update) {
        if (closed) {
            return;
        }
        executor.onFx(() -> {
            if (!closed) {
                update.run();
            }
        });
    }

    /**
     * The screen closed: every running task is cancelled (its busy flag resets now, its result is
     * dropped), and tasks started later do nothing. Work already handed to the executor still runs to
     * its end, and its failure is still logged and told through the screen's handler, never through
     * the closed screen's own fields: it may be a save. Running work is not interrupted either: an
     * interrupt can close the database's file channel under other screens.
     */
    public void close() {
        closed = true;
        for (ScreenTask<?> t : List.copyOf(running)) {
            t.screenClosed();
        }
    }

    /** How many tasks were started and have not ended or been cancelled yet. */
    public int running() {
        return running.size();
    }

    boolean begin(ScreenTask<?> task, BooleanProperty busy) {
        if (closed) {
            return false;
        }
        running.add(task);
        if (busy != null) {
            holds.merge(busy, 1, Integer::sum);
            busy.set(true);
        }
        return true;
    }

    void end(ScreenTask<?> task, BooleanProperty busy) {
        running.remove(task);
        if (busy != null) {
            Integer left = holds.computeIfPresent(busy, (k, n) -> n > 1 ? n - 1 : null);
            if (left == null) {
                busy.set(false);
            }
        }
    }

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.run(work, onSuccess, onFailure);
    }

    Consumer<Throwable> tellUser() {
        return tellUser;
    }

    static void tellUserSafely(Consumer<Throwable> handler, Throwable failure) {
        try {
            handler.accept(failure);
        } catch (RuntimeException e) {
            e.addSuppressed(failure);
            LOG.log(Level.SEVERE, "Could not show a failure to the user", e);
        }
    }

    static Logger log() {
        return LOG;
    }
}
