package id.humasdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The task helper of the screens (decision 0024): typed results on the FX thread, a busy flag that
 * resets however the work ends, failures that reach the log and the user, nothing delivered after the
 * screen closed. Most cases run on a hand-cranked executor, without a window.
 */
class ScreenTasksTest {
    private final List<Throwable> told = new ArrayList<>();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(ScreenTasks.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Cranked executor = new Cranked();
    private final ScreenTasks tasks = new ScreenTasks(executor, told::add);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void theTypedResultArrivesAndTheBusyFlagAndStatusLineResetOnSuccess() {
        List<Integer> lengths = new ArrayList<>();
        tasks.task(() -> "sebelas".length()).busy(busy).status(status, "Menghitung ...")
                .onSuccess(lengths::add).start();
        assertThat(busy.get()).as("busy while the work waits").isTrue();
        assertThat(status.get()).isEqualTo("Menghitung ...");
        assertThat(lengths).isEmpty();

        executor.runAll();

        assertThat(lengths).containsExactly(7);
        assertThat(busy.get()).isFalse();
        assertThat(status.get()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void aFailureResetsTheBusyFlagIsLoggedWithItsCauseAndShownToTheUser() {
        IOException disk = new IOException("disk full");
        List<Object> successes = new ArrayList<>();
        tasks.task(() -> {
            throw disk;
        }).busy(busy).onSuccess(successes::add).start();
        executor.runAll();

        assertThat(busy.get()).isFalse();
        assertThat(successes).isEmpty();
        assertThat(told).containsExactly(disk);
        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).isSameAs(disk);
        });
    }

    @Test
    void cleanUpAfterAFailureRunsAndTheUserIsStillTold() {
        List<String> order = new ArrayList<>();
        ScreenTasks t = new ScreenTasks(executor, e -> order.add("told " + e.getMessage()));
        t.task(() -> {
            throw new IllegalStateException("bentrok");
        }).onFailure(e -> order.add("undo move")).start();
        executor.runAll();

        assertThat(order).containsExactly("undo move", "told bentrok");
    }

    @Test
    void aFailureShownInTheScreenItselfDoesNotAlsoOpenTheDialogButIsLogged() {
        StringProperty inline = new SimpleStringProperty("");
        tasks.task(() -> {
            throw new IllegalArgumentException("Kata sandi salah");
        }).showFailure(e -> inline.set(e.getMessage())).start();
        executor.runAll();

        assertThat(inline.get()).isEqualTo("Kata sandi salah");
        assertThat(told).isEmpty();
        assertThat(logged).extracting(LogRecord::getThrown).hasSize(1);
    }

    @Test
    void aBugInTheSuccessCallbackReachesTheUserInsteadOfVanishing() {
        tasks.task(() -> 1).busy(busy).onSuccess(x -> {
            throw new NullPointerException("no row selected");
        }).start();
        executor.runAll();

        assertThat(busy.get()).isFalse();
        assertThat(told).singleElement().extracting(Throwable::getMessage).isEqualTo("no row selected");
        assertThat(logged).isNotEmpty();
    }

    @Test
    void closingTheScreenResetsBusyAndNothingIsDeliveredAfterwards() {
        AtomicInteger ran = new AtomicInteger();
        List<Object> results = new ArrayList<>();
        tasks.task(() -> ran.incrementAndGet()).busy(busy).status(status, "Memuat ...").onSuccess(results::add)
                .start();
        tasks.task(() -> {
            throw new IOException("late failure");
        }).start();
        assertThat(tasks.running()).isEqualTo(2);

        tasks.close();

        assertThat(busy.get()).as("busy resets at once on close").isFalse();
        assertThat(status.get()).isEmpty();
        assertThat(tasks.running()).isZero();
        executor.runAll();
        assertThat(ran).as("work already handed over still runs: it may be a save").hasValue(1);
        assertThat(results).isEmpty();
        assertThat(told).extracting(Throwable::getMessage).as("its failure is still told")
                .containsExactly("late failure");
    }

    @Test
    void workAlreadyRunningWhenTheScreenClosesHasItsResultDroppedButItsFailureIsStillTold() {
        List<Object> results = new ArrayList<>();
        StringProperty inScreen = new SimpleStringProperty("");
        ScreenTask<String> ok = tasks.task(() -> "hasil").onSuccess(results::add).start();
        IOException broken = new IOException("export failed");
        tasks.task(() -> {
            throw broken;
        }).showFailure(e -> inScreen.set(e.getMessage())).start();
        executor.startAll(); // the work ran; the results wait for the FX thread
        tasks.close();
        executor.deliverAll();

        assertThat(ok.isCancelled()).isTrue();
        assertThat(results).isEmpty();
        assertThat(inScreen.get()).as("not written into the closed screen").isEmpty();
        assertThat(told).as("told through the app's handler: the export did not happen").containsExactly(broken);
        assertThat(logged).extracting(LogRecord::getThrown).contains(broken);
    }

    @Test
    void aTaskReplacedByNewerWorkAndThenFailingIsOnlyLogged() {
        IOException stale = new IOException("old query failed");
        ScreenTask<Object> old = tasks.task(() -> {
            throw stale;
        }).busy(busy).start();
        executor.startAll();
        old.cancel();
        executor.deliverAll();

        assertThat(busy.get()).isFalse();
        assertThat(told).isEmpty();
        assertThat(logged).extracting(LogRecord::getThrown).containsExactly(stale);
    }

    @Test
    void aTaskStartedAfterCloseDoesNothing() {
        tasks.close();
        AtomicInteger ran = new AtomicInteger();
        ScreenTask<Void> t = tasks.task(() -> {
            ran.incrementAndGet();
        }).busy(busy).start();
        executor.runAll();

        assertThat(ran).hasValue(0);
        assertThat(busy.get()).isFalse();
        assertThat(t.isRunning()).isFalse();
    }

    @Test
    void twoTasksSharingABusyFlagKeepItSetUntilBothEnd() {
        tasks.task(() -> 1).busy(busy).start();
        tasks.task(() -> 2).busy(busy).start();
        executor.runOne();
        assertThat(busy.get()).as("one of two still runs").isTrue();
        executor.runOne();
        assertThat(busy.get()).isFalse();
    }

    @Test
    void workReplacedByNewerWorkBeforeItBeganIsSkipped() {
        AtomicInteger ran = new AtomicInteger();
        ScreenTask<Integer> old = tasks.task(() -> ran.incrementAndGet()).start();
        old.cancel();
        executor.runAll();
        assertThat(ran).hasValue(0);
    }

    @Test
    void cancellingOneTaskLeavesTheOthersDelivery() {
        List<Object> results = new ArrayList<>();
        ScreenTask<Integer> first = tasks.task(() -> 1).onSuccess(results::add).start();
        tasks.task(() -> 2).onSuccess(results::add).start();
        first.cancel();
        executor.runAll();
        assertThat(results).containsExactly(2);
    }

    @Test
    void updatesForTheScreenAreDroppedOnceItClosed() {
        List<String> updates = new ArrayList<>();
        tasks.onFx(() -> updates.add("progress 50%"));
        executor.deliverAll();
        tasks.onFx(() -> updates.add("progress 90%")); // queued for the FX thread, then the screen closes
        tasks.close();
        tasks.onFx(() -> updates.add("progress 100%"));
        executor.deliverAll();
        assertThat(updates).containsExactly("progress 50%");
    }

    @Test
    void theResultArrivesOnTheFxThreadWhileTheWorkRanOnAWorker() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxTaskExecutor fx = new FxTaskExecutor();
        CountDownLatch done = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        BooleanProperty flag = new SimpleBooleanProperty();
        WaitForAsyncUtils.asyncFx(() -> new ScreenTasks(fx, told::add).task(() -> {
            seen.add("work on FX thread: " + Platform.isFxApplicationThread());
            return Thread.currentThread().getName();
        }).busy(flag).onSuccess(worker -> {
            seen.add("result on FX thread: " + Platform.isFxApplicationThread() + ", busy " + flag.get());
            seen.add(worker.startsWith("humasdesk-worker-") ? "named worker" : worker);
            done.countDown();
        }).start()).get(10, TimeUnit.SECONDS);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("work on FX thread: false", "result on FX thread: true, busy false",
                "named worker");
    }

    @Test
    void thePoolNeverRunsMoreThreadsThanItsCapAndTheCapFollowsTheMachine() throws Exception {
        assertThat(FxTaskExecutor.threadsFor(1)).isEqualTo(4);
        assertThat(FxTaskExecutor.threadsFor(2)).isEqualTo(4);
        assertThat(FxTaskExecutor.threadsFor(3)).isEqualTo(6);
        assertThat(FxTaskExecutor.threadsFor(64)).isEqualTo(8);

        FxToolkit.registerPrimaryStage();
        FxTaskExecutor fx = new FxTaskExecutor(2);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Boolean> daemons = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            fx.run(() -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                daemons.add(Thread.currentThread().isDaemon());
                Thread.sleep(30);
                now.decrementAndGet();
                return null;
            }, x -> finished.countDown(), e -> finished.countDown());
        }
        assertThat(finished.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2);
        assertThat(daemons).hasSize(10).containsOnly(true);
    }

    /** Queues work and its delivery; the test decides when each happens, on its own thread. */
    static final class Cranked implements TaskExecutor {
        private final Deque<Runnable> work = new ArrayDeque<>();
        private final Deque<Runnable> deliveries = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            work.add(() -> {
                try {
                    T r = task.call();
                    deliveries.add(() -> onSuccess.accept(r));
                } catch (Exception e) {
                    deliveries.add(() -> onFailure.accept(e));
                }
            });
        }

        @Override
        public void onFx(Runnable r) {
            deliveries.add(r);
        }

        @Override
        public void finish(Runnable last, Runnable then) {
            last.run();
            then.run();
        }

        void startAll() {
            while (!work.isEmpty()) {
                work.poll().run();
            }
        }

        void deliverAll() {
            while (!deliveries.isEmpty()) {
                deliveries.poll().run();
            }
        }

        void runOne() {
            work.poll().run();
            deliveries.poll().run();
        }

        void runAll() {
            startAll();
            deliverAll();
        }
    }
}
