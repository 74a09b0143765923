package id.humasdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The database open waits for the first window's first frame (decision 0402): the work starts a few
 * pulses after the window showed, on the FX thread, once; {@code runNow} (the start that exits right
 * after its window) starts it at once; cancelled work (the window closed first) never starts.
 */
class AfterFirstFrameTest {
    private final AtomicInteger frames = new AtomicInteger();
    private final AnimationTimer counter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frames.incrementAndGet();
        }
    };

    @BeforeEach
    void window() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(new Label("HumasDesk")), 300, 200));
            stage.show();
            counter.start(); // registered before the work's timer: it has counted each pulse first
        });
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(counter::stop).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theWorkStartsOnTheFxThreadAfterTheFirstPulsesAndOnlyOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger framesAtRun = new AtomicInteger(-1);
        AtomicBoolean onFxThread = new AtomicBoolean();
        AfterFirstFrame[] scheduled = new AfterFirstFrame[1];
        int framesBefore = WaitForAsyncUtils.asyncFx(() -> {
            int before = frames.get();
            scheduled[0] = AfterFirstFrame.schedule(() -> {
                runs.incrementAndGet();
                framesAtRun.set(frames.get());
                onFxThread.set(Platform.isFxApplicationThread());
            });
            assertThat(runs).as("not while the window is being built").hasValue(0);
            return before;
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.get() > 0);
        assertThat(onFxThread).isTrue();
        assertThat(framesAtRun.get() - framesBefore).as("pulses before the work started").isGreaterThanOrEqualTo(3);
        WaitForAsyncUtils.asyncFx(scheduled[0]::runNow).get(10, TimeUnit.SECONDS);
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(1);
    }

    @Test
    void runNowStartsTheWorkAtOnceAndTheTimerDoesNotStartItAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            AfterFirstFrame.schedule(runs::incrementAndGet).runNow();
            assertThat(runs).hasValue(1);
        }).get(10, TimeUnit.SECONDS);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(1);
    }

    @Test
    void cancelledWorkNeverStarts() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        int before = WaitForAsyncUtils.asyncFx(() -> {
            AfterFirstFrame.schedule(runs::incrementAndGet).cancel();
            return frames.get();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.get() >= before + 6);
        assertThat(runs).hasValue(0);
    }
}
