package id.humasdesk.gui;

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
        new AppShell(stage, start, new FxTaskExecutor(), new FxDialogService(start.messages()), Platform::exit).show();
    }
}
