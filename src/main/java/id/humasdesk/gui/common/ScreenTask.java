package id.humasdesk.gui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * One piece of background work of a screen, made by {@link ScreenTasks#task}: configure it, then
 * {@link #start()} it once. The callbacks run on the FX thread, after the busy flag was reset and the
 * status line cleared, and only while the task is not cancelled.
 */
public final class ScreenTask<T> {
    private final ScreenTasks owner;
    private final Callable<T> work;
    private BooleanProperty busy;
    private StringProperty status;
    private String statusWhileRunning;
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<Throwable> showFailure;
    private boolean started;
    private boolean ended;
    private volatile boolean cancelled;
    /** Cancelled because its screen closed (not because newer work replaced it). */
    private volatile boolean screenClosed;

    ScreenTask(ScreenTasks owner, Callable<T> work) {
        this.owner = owner;
        this.work = Objects.requireNonNull(work);
    }

    /** True while the work runs, false again however it ends (success, failure, cancel). */
    public ScreenTask<T> busy(BooleanProperty flag) {
        this.busy = flag;
        return this;
    }

    /** Shows {@code text} in {@code line} while the work runs; the line is cleared when it ends. */
    public ScreenTask<T> status(StringProperty line, String text) {
        this.status = line;
        this.statusWhileRunning = text;
        return this;
    }

    public ScreenTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Extra clean-up after a failure (undo a move, clear a field). The user is still told about the
     * failure afterwards, by the screen's handler or by {@link #showFailure}.
     */
    public ScreenTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Tells the user about a failure in the screen itself (a message under a form) instead of through
     * the screen's handler (a dialog). The failure is logged either way.
     */
    public ScreenTask<T> showFailure(Consumer<Throwable> inScreen) {
        this.showFailure = Objects.requireNonNull(inScreen);
        return this;
    }

    /** Starts the work; does nothing when the screen is already closed. Call once, on the FX thread. */
    public ScreenTask<T> start() {
        if (started) {
            throw new IllegalStateException("A task starts once");
        }
        started = true;
        if (!owner.begin(this, busy)) {
            cancelled = true;
            ended = true;
            ScreenTasks.log().fine("Screen closed: task not started");
            return this;
        }
        if (status != null) {
            status.set(statusWhileRunning);
        }
        // Work replaced by newer work is skipped if it has not begun; work of a closed screen still runs
        // (it may be a save or the release of a lease), only its result is not shown.
        owner.submit(() -> cancelled && !screenClosed ? null : work.call(), this::succeeded, this::failed);
        return this;
    }

    /**
     * Nothing of this task reaches the screen any more: its busy flag resets now, its status line is
     * cleared, work that has not started yet does not start, a failure is only logged (newer work
     * replaced this one). Call on the FX thread.
     */
    public void cancel() {
        cancelled = true;
        end();
    }

    /**
     * Cancelled by {@link ScreenTasks#close()}: as {@link #cancel()}, except that work not begun yet
     * still runs and a failure is still told.
     */
    void screenClosed() {
        screenClosed = true;
        cancel();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Started and neither ended nor cancelled. */
    public boolean isRunning() {
        return started && !ended;
    }

    private boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        owner.end(this, busy);
        if (status != null) {
            status.set("");
        }
        return true;
    }

    private void succeeded(T result) {
        if (cancelled) {
            return;
        }
        end();
        try {
            onSuccess.accept(result);
        } catch (RuntimeException e) {
            // A bug in the screen's own callback: it must not vanish in the FX thread's handler.
            ScreenTasks.log().log(Level.WARNING, "Showing the result of a background task failed", e);
            ScreenTasks.tellUserSafely(owner.tellUser(), e);
        }
    }

    private void failed(Throwable failure) {
        if (cancelled) {
            ScreenTasks.log().log(Level.WARNING, screenClosed ? "Background task failed after its screen closed"
                    : "Background task failed after it was cancelled", failure);
            if (screenClosed) {
                // The work may have changed data (an export, a save): the user must still hear that it failed,
                // through the screen's handler (the app's error dialog), not through the closed screen.
                ScreenTasks.tellUserSafely(owner.tellUser(), failure);
            }
            return;
        }
        end();
        ScreenTasks.log().log(Level.WARNING, "Background task failed", failure);
        try {
            onFailure.accept(failure);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            ScreenTasks.log().log(Level.WARNING, "Clean-up after a failed background task failed", e);
        }
        ScreenTasks.tellUserSafely(showFailure != null ? showFailure : owner.tellUser(), failure);
    }
}
