package id.humasdesk.gui.app;

import id.humasdesk.gui.common.FxDialogService;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.login.LoginView;
import id.humasdesk.gui.login.LoginViewModel;
import id.humasdesk.gui.maintenance.DamagedStoreView;
import id.humasdesk.gui.maintenance.DamagedStoreViewModel;
import id.humasdesk.gui.setup.SetupView;
import id.humasdesk.gui.setup.SetupViewModel;
import id.humasdesk.gui.shell.MainView;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.DamagedStoreException;
import id.humasdesk.model.Office;
import id.humasdesk.model.User;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window's life: show at once, open the database behind the first screen, then setup or
 * login, then the main view. Closing asks about unsaved work and shuts the database down cleanly.
 */
public final class AppShell {
    private static final Logger LOG = Logger.getLogger(AppShell.class.getName());
    private final Stage stage;
    private final GuiStart start;
    private final TaskExecutor executor;
    /** The app's own work: opening the store, tidying after a crash, reading the office at sign-in. */
    private final ScreenTasks tasks;
    private final FxDialogService dialogs;
    private final Messages m;
    private final StackPane root = new StackPane();
    private final Runnable onExit;
    private Services services;
    /** Set by the opening task itself, so exit closes the database whatever the FX thread saw. */
    private volatile Services opened;
    private Thread signalHook;
    private MainView main;
    private LoginViewModel login;
    private SetupViewModel setup;
    private boolean askDatabase;
    /** The database open, waiting for the first frame (decision 0402); null when nothing waits. */
    private AfterFirstFrame openAfterFirstFrame;
    private boolean showingSetup;
    /** Connection line, hosting dialog, close warning (decision 0620); null when the launcher gave no link. */
    private id.humasdesk.gui.hosting.HostingFeature hosting;

    /** {@code onExit} runs after the window closed and the database shut down (Platform::exit in the app). */
    public AppShell(Stage stage, GuiStart start, TaskExecutor executor, FxDialogService dialogs, Runnable onExit) {
        this.onExit = onExit;
        this.stage = stage;
        this.start = start;
        this.executor = executor;
        this.dialogs = dialogs;
        this.tasks = new ScreenTasks(executor, dialogs::error);
        this.m = start.messages();
    }

    public void show() {
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(AppShell.class.getResource("/id/humasdesk/gui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("HumasDesk");
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        var icon = AppShell.class.getResource("/id/humasdesk/icons/humasdesk-64.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm(), true));
        }
        dialogs.setOwner(stage);
        if (start.store().officeLink() != null) {
            hosting = new id.humasdesk.gui.hosting.HostingFeature(start.store().officeLink(), stage, executor, dialogs, m);
        }
        login = new LoginViewModel(executor, m, start.preferences().lastUsername(), this::signedIn);
        // A first run with a choice of database opens nothing until the wizard's first step is done.
        askDatabase = start.firstRun() && start.store().databaseChoice() != null;
        showingSetup = start.firstRun();
        root.getChildren().setAll(showingSetup ? new SetupView(setup(), m).root() : new LoginView(login, m).root());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestExit();
        });
        stage.setOnShown(e -> reportStartup());
        stage.show();
        if (!askDatabase) {
            openAfterFirstFrame = AfterFirstFrame.schedule(() -> open(start.store().bootstrap()));
        }
    }

    /** Made when first needed: most starts show the login, and the wizard's model looks up time zones. */
    private SetupViewModel setup() {
        if (setup == null) {
            setup = new SetupViewModel(executor, m, askDatabase ? start.store().databaseChoice() : null, this::open,
                    this::signedIn);
        }
        return setup;
    }

    /** Opens the store behind the current screen, then shows login (an office is set up) or setup. */
    private void open(id.humasdesk.logic.services.Bootstrap bootstrap) {
        tasks.task(() -> {
            Services s = bootstrap.open();
            opened = s; // closed at exit even if the window closes before this task's result is shown
            closeOnSignal();
            boolean setUp = s.accounts().isSetUp();
            return new Opened(s, setUp ? s.accounts().office().orElseThrow() : null);
        }).onSuccess(r -> {
            services = r.services();
            // Crash leftovers: a failure to tidy them is logged and said, the app goes on.
            tasks.task(services.bundles()::removeLeftovers).start();
            tasks.task(services.bundles()::reconcileExports).onSuccess(this::reportInterruptedExports).start();
            if (r.office() != null) {
                login.connected(services.accounts(), r.office());
                if (showingSetup) { // a PC that joined an office already set up: straight to login
                    showingSetup = false;
                    root.getChildren().setAll(new LoginView(login, m).root());
                }
            } else {
                setup().connected(services.accounts());
                if (!showingSetup) {
                    showingSetup = true;
                    root.getChildren().setAll(new SetupView(setup(), m).root());
                }
            }
        }).showFailure(this::fatal).start();
    }

    /** The open store and, when an office is set up in it, that office. */
    private record Opened(Services services, Office office) {
    }

    /** A bundle file a crash left without its history row was set aside: say so (once, logged too). */
    private void reportInterruptedExports(id.humasdesk.logic.bundle.ExportReconciler.Report report) {
        for (var o : report.orphans()) {
            dialogs.info(m.get("bundle.reconcile.title"), m.get("bundle.reconcile.orphan", o.file(), o.renamedTo()));
        }
    }

    private void reportStartup() {
        if (start.startup().exitAfterStart()) {
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - start.startup().jvmStartMillis();
                System.out.println("startup_ms=" + ms);
                System.out.flush();
                if (openAfterFirstFrame != null) {
                    openAfterFirstFrame.runNow(); // the training start records the open too (decision 0401)
                }
                // The executor lets the database finish opening (and its result reach this thread)
                // before it closes it: decision 0410.
                dialogs.closing();
                executor.finish(this::closeServices, onExit);
            });
        }
    }

    private void signedIn(User user) {
        tasks.task(() -> {
            start.preferences().setLastUsername(user.username());
            return services.accounts().office().orElseThrow();
        }).onSuccess(office -> {
            main = new MainView(stage, new Screens(services, executor, dialogs, m, office, user), start.preferences());
            root.getChildren().setAll(main.root());
            main.afterShown();
            if (hosting != null) {
                hosting.signedIn(user, main::addStatus, main::addAdminItem, this::requestExit);
            }
        }).showFailure(this::fatal).start();
    }

    private void fatal(Throwable failure) {
        LOG.log(Level.SEVERE, "Cannot continue", failure);
        if (failure instanceof DamagedStoreException damage) {
            showDamaged(damage);
            return;
        }
        Label title = new Label(m.get("fatal.title"));
        title.getStyleClass().add("brand");
        Label text = new Label(m.describe(failure));
        text.setId("fatal-message");
        text.setWrapText(true);
        Label where = new Label(m.get("fatal.logHint", start.dataDirectory().resolve("logs")));
        where.setWrapText(true);
        where.getStyleClass().add("hint");
        Button close = new Button(m.get("button.close"));
        close.setDefaultButton(true);
        close.setOnAction(e -> requestExit());
        VBox card = new VBox(14, title, text, where, close);
        card.getStyleClass().add("card");
        card.setMaxWidth(520);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new javafx.geometry.Insets(28));
        StackPane p = new StackPane(card);
        p.getStyleClass().add("backdrop");
        root.getChildren().setAll(p);
    }

    /** The store failed its check at start: offer the newest backup, then open again (decision 0031). */
    private void showDamaged(DamagedStoreException damage) {
        var formats = new id.humasdesk.gui.common.Formats(java.time.ZoneId.systemDefault(), m.locale());
        var vm = new DamagedStoreViewModel(damage, start.store().offline(), executor, m, formats, aside -> {
            dialogs.info(m.get("damaged.title"), m.get("damaged.restored", aside));
            root.getChildren().setAll(new LoginView(login, m).root());
            open(start.store().bootstrap());
        });
        root.getChildren().setAll(new DamagedStoreView(vm, dialogs, m,
                m.get("fatal.logHint", start.dataDirectory().resolve("logs")), this::requestExit).root());
    }

    /** Closes like the window's close button: asks about unsaved work first. */
    public void requestExit() {
        if (hosting != null) {
            hosting.beforeExit(this::closeAndExit); // a host that other PCs use asks first
        } else {
            closeAndExit();
        }
    }

    private void closeAndExit() {
        if (main != null) {
            main.closeAll(this::exitNow);
        } else {
            exitNow();
        }
    }

    private void exitNow() {
        if (hosting != null) {
            hosting.stop();
        }
        if (openAfterFirstFrame != null) {
            openAfterFirstFrame.cancel(); // closed before the first frame: nothing opened, nothing to close
        }
        dialogs.closing();
        stage.hide();
        executor.finish(this::closeServices, onExit);
    }

    /**
     * A shutdown or log-off sends SIGTERM (CTRL_SHUTDOWN_EVENT on Windows): close the database
     * cleanly then too, so the next start is quick and nothing waits in memory. A normal exit
     * removes the hook again after closing.
     */
    private void closeOnSignal() {
        Thread hook = new Thread(this::closeServices, "humasdesk-close-on-signal");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            signalHook = hook;
        } catch (IllegalStateException alreadyExiting) {
            closeServices();
        }
    }

    /** Off the FX thread, after every background task and its callback ran (or timed out). */
    private synchronized void closeServices() {
        Services s = opened;
        opened = null;
        Thread hook = signalHook;
        signalHook = null;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running or about to; closing twice is harmless (opened is null now)
            }
        }
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Closing the database", e);
            }
        }
    }
}
