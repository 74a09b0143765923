package id.humasdesk.gui.app;

import javafx.animation.AnimationTimer;

/**
 * Runs one piece of start-up work once the first window's first frame has been drawn, so that it does
 * not compete with the FX and render threads for that frame on a small machine (decision 0402).
 * <p>An {@link AnimationTimer} is called at the start of every pulse. A pulse hands its frame to the
 * render thread at its end, and the next pulse waits for that frame before it syncs the scene again; so
 * at the start of the third pulse the first frame is on the screen. Pulses run whether or not the window
 * is visible, so the work always starts. {@link #runNow()} starts it at once (a start that exits right
 * after its first window still opens the database, which the AppCDS training records: decision 0401);
 * {@link #cancel()} drops it (the window closed first).
 */
final class AfterFirstFrame {
    /** Pulses to wait: the first draws the window, the second waits for that frame. */
    private static final int FRAMES = 3;
    private Runnable work;
    private final AnimationTimer timer = new AnimationTimer() {
        private int frames;

        @Override
        public void handle(long now) {
            if (++frames >= FRAMES) {
                runNow();
            }
        }
    };

    private AfterFirstFrame(Runnable work) {
        this.work = work;
    }

    /** Call on the FX thread, right after {@code stage.show()}. */
    static AfterFirstFrame schedule(Runnable work) {
        AfterFirstFrame f = new AfterFirstFrame(work);
        f.timer.start();
        return f;
    }

    /** Runs the work now if it has not run yet; later calls do nothing. FX thread. */
    void runNow() {
        timer.stop();
        Runnable w = work;
        work = null;
        if (w != null) {
            w.run();
        }
    }

    /** The work will not run. FX thread. */
    void cancel() {
        timer.stop();
        work = null;
    }
}
