package id.humasdesk.crash;

import id.humasdesk.app.Wiring;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.editor.EditorViewModel;
import id.humasdesk.gui.editor.Wording;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child of the crash harness: a writer typing into a new release. The editor's own view model
 * is driven as the desktop app drives it (a UI thread for typing and the autosave tick every
 * {@code MainView.AUTOSAVE_EVERY} = 3 s, a pool of worker threads as the app has), only without a
 * window. Prints {@code READY}, then {@code TYPED <length> <epoch ms>} after each keystroke chunk,
 * {@code TICK <length>} at each autosave tick and {@code SAVED <length>} when the editor's note says
 * an autosave returned.
 * usage: TypingChild DATA_DIR USER PASSWORD SEED
 */
public final class TypingChild {
    static final long AUTOSAVE_MS = 3_000;
    private static final String[] WORDS = ("Bawaslu Kabupaten Kaur menggelar rapat koordinasi pengawasan tahapan "
            + "kampanye bersama panitia pengawas kecamatan di aula kantor pada hari Senin dengan tema penguatan "
            + "partisipasi masyarakat dalam pengawasan pemilu yang jujur dan adil").split(" ");

    private TypingChild() {
    }

    /** The text this seed types, long enough for any run: the harness rebuilds it to compare. */
    static String text(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder();
        while (b.length() < 20_000) {
            b.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(12) == 0 ? ". " : " ");
        }
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[3]);
        Services services = Wiring.open(dir, Clock.systemUTC());
        User user = services.accounts().login(args[1], args[2].toCharArray());
        ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor();
        // A pool, as the app's FxTaskExecutor: the editor's spelling checks wait for the dictionary to
        // load (seconds on a busy PC) and must not hold the autosave up behind them.
        ExecutorService worker = Executors.newCachedThreadPool();
        TaskExecutor executor = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                worker.execute(() -> {
                    try {
                        T result = work.call();
                        ui.execute(() -> onSuccess.accept(result));
                    } catch (Exception | Error e) {
                        ui.execute(() -> onFailure.accept(e));
                    }
                });
            }

            @Override
            public void onFx(Runnable r) {
                ui.execute(r);
            }

            @Override
            public void finish(Runnable last, Runnable then) {
                last.run();
                then.run();
            }
        };
        Messages m = new Messages(Messages.INDONESIAN);
        EditorViewModel vm = new EditorViewModel(Screens.editorDeps(services), executor, new Wording(m,
                new Formats(IndonesianZone.WIB.zoneId(), Messages.INDONESIAN)), user, e -> {
                    System.out.println("ERROR " + e);
                    System.out.flush();
                }, r -> { });
        ui.submit(() -> vm.startNew(ReleaseType.BERITA_KEGIATAN)).get();
        while (!Boolean.TRUE.equals(ui.submit(() -> vm.loadedProperty().get()).get())) {
            Thread.sleep(20);
        }
        String text = text(seed);
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        int[] typed = {0};
        ui.submit(() -> {
            vm.headlineProperty().set("Rapat koordinasi pengawasan kampanye");
        }).get();
        // The editor's note "saved at ..." changes when an autosave has returned from the database.
        ui.submit(() -> vm.savedNoteProperty().addListener((o, was, now) -> {
            System.out.println("SAVED " + typed[0]);
            System.out.flush();
        })).get();
        System.out.println("READY");
        System.out.flush();
        // The autosave the shell runs every 3 s; SAVED is printed when the database call returned.
        ui.scheduleAtFixedRate(() -> {
            int len = typed[0];
            System.out.println("TICK " + len);
            System.out.flush();
            vm.autosaveTick();
        }, AUTOSAVE_MS, AUTOSAVE_MS, TimeUnit.MILLISECONDS);
        // About 6 characters a second in chunks of 1 to 3, as a steady typist.
        ui.scheduleAtFixedRate(() -> {
            typed[0] = Math.min(text.length(), typed[0] + 1 + rnd.nextInt(3));
            vm.bodyProperty().set(text.substring(0, typed[0]));
            System.out.println("TYPED " + typed[0] + " " + System.currentTimeMillis());
            System.out.flush();
        }, 0, 330, TimeUnit.MILLISECONDS);
        Thread.sleep(Long.MAX_VALUE); // until killed
    }
}
