package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.gui.app.AppShell;
import id.humasdesk.gui.app.GuiStart;
import id.humasdesk.gui.app.StartupMeasurement;
import id.humasdesk.gui.app.StoreAccess;
import id.humasdesk.gui.common.FxDialogService;
import id.humasdesk.gui.common.FxTaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.store.FilePreferences;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing while the database still opens (issue 9, item 5; decision 0410): the open callback
 * offers more work after exit began. That work is dropped, not refused with an exception; no
 * dialog opens; the database is closed; the app is gone within 2 s.
 */
class ExitRaceTest {
    @TempDir
    Path dir;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            before = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        }).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void restore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void workOfferedByACallbackAfterExitBeganIsDroppedAndTheLastStepWaitsForTheCallback() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        AtomicBoolean lateWorkRan = new AtomicBoolean();
        executor.run(() -> {
            release.await();
            return "open";
        }, r -> {
            order.add("callback on FX thread: " + Platform.isFxApplicationThread());
            executor.run(() -> {
                lateWorkRan.set(true);
                return null;
            }, x -> order.add("late callback"), e -> order.add("late failure"));
        }, e -> order.add("failure " + e));
        CountDownLatch ended = new CountDownLatch(1);
        executor.finish(() -> order.add("last"), () -> {
            order.add("then on FX thread: " + Platform.isFxApplicationThread());
            ended.countDown();
        });
        executor.run(() -> {
            lateWorkRan.set(true);
            return null;
        }, x -> order.add("work after finish"), e -> order.add("work after finish failed"));
        Thread.sleep(100);
        assertThat(order).as("exit waits for the running task").isEmpty();
        release.countDown();

        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("callback on FX thread: true", "last", "then on FX thread: true");
        assertThat(lateWorkRan).isFalse();
        assertThat(uncaught).isEmpty();
    }

    @Test
    void closingTheWindowWhileTheDatabaseOpensEndsWithinTwoSecondsWithoutADialogAndClosesIt() throws Exception {
        new TestOffice(dir).close(); // an office exists: the open callback goes on to the login screen
        Messages m = new Messages(Messages.INDONESIAN);
        CountDownLatch opening = new CountDownLatch(1);
        StoreAccess store = StoreAccess.opening(() -> {
            opening.countDown();
            try {
                Thread.sleep(400); // a slow disk: the window is closed while this runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Wiring.open(dir, Clock.systemUTC());
        });
        GuiStart start = new GuiStart(m, new FilePreferences(dir), dir, false, store, StartupMeasurement.off());
        AtomicLong exitedAt = new AtomicLong();
        AppShell[] shell = new AppShell[1];
        FxToolkit.setupStage(stage -> {
            shell[0] = new AppShell(stage, start, new FxTaskExecutor(), new FxDialogService(m),
                    () -> exitedAt.set(System.nanoTime()));
            shell[0].show();
        });
        assertThat(opening.await(10, TimeUnit.SECONDS)).isTrue();
        long closedAt = System.nanoTime();
        WaitForAsyncUtils.asyncFx(shell[0]::requestExit).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exitedAt.get() != 0);
        long ms = (exitedAt.get() - closedAt) / 1_000_000;
        assertThat(ms).as("close to exit, ms").isLessThan(2_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing).count())
                .get(10, TimeUnit.SECONDS)).as("no window or dialog left open").isZero();
        assertThat(uncaught).isEmpty();
        // The database opened after the window closed, and was closed all the same: it opens again here.
        Wiring.open(dir, Clock.systemUTC()).close();
    }
}
