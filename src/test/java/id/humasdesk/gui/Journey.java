package id.humasdesk.gui;

import id.humasdesk.app.Wiring;
import id.humasdesk.gui.app.AppShell;
import id.humasdesk.gui.app.GuiStart;
import id.humasdesk.gui.app.StartupMeasurement;
import id.humasdesk.gui.app.StoreAccess;
import id.humasdesk.gui.common.FxDialogService;
import id.humasdesk.gui.common.FxTaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.store.FilePreferences;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app in a headless window on one data directory, as the journeys start, sign in and quit it. */
final class Journey {
    private final FxRobot robot;
    private final Path dir;
    private final Clock clock;
    private final AtomicBoolean exited = new AtomicBoolean();
    private AppShell shell;
    private id.humasdesk.logic.maintenance.StoreCare.Offline offline;

    Journey(FxRobot robot, Path dir, Clock clock) {
        this.robot = robot;
        this.dir = dir;
        this.clock = clock;
    }

    /** Lets the app restore this PC's own database while it is closed, as the launcher does. */
    Journey withOfflineRestore(id.humasdesk.logic.maintenance.StoreCare.Offline restore) {
        this.offline = restore;
        return this;
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, condition);
    }

    /** Shows the first screen (the setup wizard when {@code firstRun}, else the login). */
    AppShell start(boolean firstRun) throws Exception {
        return start(firstRun, null);
    }

    /** A first run that starts by asking which database this PC uses, as the launcher does (decision 0602). */
    AppShell startAskingForTheDatabase() throws Exception {
        return start(true, new id.humasdesk.app.OfficeConnections(dir, dir.resolveSibling(dir.getFileName() + "-keys"),
                clock));
    }

    private AppShell start(boolean firstRun, id.humasdesk.logic.connect.DatabaseChoice choice) throws Exception {
        Messages m = new Messages(Messages.INDONESIAN);
        return start(new GuiStart(m, new FilePreferences(dir), dir, firstRun,
                new StoreAccess(() -> Wiring.open(dir, clock), choice, offline, null), StartupMeasurement.off()));
    }

    /** Shows the app as the launcher does: its bootstrap, database choice and office link (decision 0620). */
    AppShell startAsLauncher(boolean firstRun) throws Exception {
        id.humasdesk.app.HostingDesk desk = new id.humasdesk.app.HostingDesk(dir, clock, () -> null);
        StoreAccess store = new StoreAccess(desk::open, new id.humasdesk.app.OfficeConnections(dir,
                dir.resolveSibling(dir.getFileName() + "-keys"), clock, desk), offline, desk);
        return start(new GuiStart(new Messages(Messages.INDONESIAN), new FilePreferences(dir), dir, firstRun, store,
                StartupMeasurement.off()));
    }

    private AppShell start(GuiStart start) throws Exception {
        exited.set(false);
        Messages m = start.messages();
        FxToolkit.setupStage(stage -> {
            shell = new AppShell(stage, start, new FxTaskExecutor(), new FxDialogService(m), () -> exited.set(true));
            shell.show();
        });
        return shell;
    }

    /** Starts the app and signs in, replacing a remembered user name; returns once the library shows. */
    AppShell signIn(String username, String password) throws Exception {
        start(false);
        login(username, password);
        return shell;
    }

    /** Signs in on the login screen already shown. */
    void login(String username, String password) throws Exception {
        waitUntil(() -> !robot.lookup("#login-office").queryLabeled().getText().isEmpty());
        robot.clickOn("#login-username").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(username);
        robot.clickOn("#login-password").write(password);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#library-table").tryQuery().isPresent());
    }

    /** Quits like the window's close button and waits until the database is shut down. */
    void quit() throws Exception {
        robot.interact(shell::requestExit);
        waitUntilQuit();
    }

    /** Asks to quit without waiting: the app may first ask about unsaved work. */
    void requestQuit() {
        javafx.application.Platform.runLater(shell::requestExit);
    }

    void waitUntilQuit() throws Exception {
        waitUntil(exited::get);
    }
}
