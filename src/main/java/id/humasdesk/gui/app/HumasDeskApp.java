package id.humasdesk.gui.app;

import id.humasdesk.gui.common.FxDialogService;
import id.humasdesk.gui.common.FxTaskExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application. The window shows first; the database opens behind it. */
public final class HumasDeskApp extends Application {
    private static Future<GuiStart> preparing;

    public static void launch(GuiStart s) {
        launch(() -> s);
    }

    /**
     * Starts the toolkit while {@code prepare} runs on a thread of its own (reading files, opening the
     * log); the first window is built once both are done. On two cores this takes the preparation off
     * the path to the first window (decision 0402).
     */
    public static void launch(Callable<GuiStart> prepare) {
        FutureTask<GuiStart> task = new FutureTask<>(prepare);
        Thread t = new Thread(task, "humasdesk-prepare");
        t.setDaemon(true);
        t.start();
        preparing = task;
        Application.launch(HumasDeskApp.class);
    }

    private static GuiStart prepared() {
        try {
            return preparing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the start", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void start(Stage stage) {
        GuiStart start = prepared();
        FxDialogService dialogs = new FxDialogService(start.messages());
        // A programming error in an event handler must reach the log and a readable message, not stderr.
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            java.util.logging.Logger.getLogger(HumasDeskApp.class.getName())
                    .log(java.util.logging.Level.SEVERE, "Uncaught on the FX thread", e);
            if (!dialogs.isClosing()) { // never a dialog while the toolkit exits
                dialogs.error(e);
            }
        });
        new AppShell(stage, start, new FxTaskExecutor(), dialogs, Platform::exit).show();
    }
}
