package id.humasdesk.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database, file and search work off the FX thread and hands results back on it. Tests use
 * {@link #sameThread()} so view models can be driven without a toolkit.
 */
public interface TaskExecutor {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs on the FX thread (directly in tests). */
    void onFx(Runnable r);

    /**
     * Takes no more work, lets queued work finish (bounded wait), then runs {@code last} off the FX
     * thread and {@code then} on it. Used at exit so no save or cleanup meets a closed database.
     */
    void finish(Runnable last, Runnable then);

    static TaskExecutor sameThread() {
        return new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onFx(Runnable r) {
                r.run();
            }

            @Override
            public void finish(Runnable last, Runnable then) {
                last.run();
                then.run();
            }
        };
    }
}
