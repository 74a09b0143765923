package id.humasdesk.gui.app;

/**
 * Whether this run only measures the start-up ({@code --exit-after-start}, decisions 0401 and 0402):
 * once the first frame shows, print {@code startup_ms} counted from {@code jvmStartMillis}, then quit.
 */
public record StartupMeasurement(boolean exitAfterStart, long jvmStartMillis) {
    /** An ordinary run: nothing is measured and the app stays open. */
    public static StartupMeasurement off() {
        return new StartupMeasurement(false, 0);
    }
}
