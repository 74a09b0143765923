package id.humasdesk.gui.app;

import id.humasdesk.gui.common.FxDialogService;
import id.humasdesk.gui.common.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application. The window shows first; the database opens behind it. */
public final class HumasDeskApp extends Application {
    private static GuiStart start;

    public static void launch(GuiStart s) {
        start = s;
        Application.launch(HumasDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
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
