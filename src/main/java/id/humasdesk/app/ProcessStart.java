package id.humasdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * When this process started, for {@code startup_ms}. On Linux {@link ProcessHandle.Info#startInstant()}
 * adds the process age to the boot time of {@code /proc/stat}, which has whole seconds only: the
 * result is early by up to a second, the same amount until the next reboot. The process age in
 * {@code /proc/self/stat} subtracted from the uptime in {@code /proc/uptime} is exact to 10 ms.
 */
final class ProcessStart {
    /** Unit of the start time in /proc/[pid]/stat: USER_HZ, 100 on every architecture Linux ships. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    static long epochMillis() {
        long now = System.currentTimeMillis();
        try {
            OptionalLong fromProc = fromProcFs(Files.readString(Path.of("/proc/self/stat")),
                    Files.readString(Path.of("/proc/uptime")), now);
            if (fromProc.isPresent()) {
                return fromProc.getAsLong();
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or no /proc: the platform's own answer below.
        }
        return ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(now);
    }

    /**
     * The start in epoch milliseconds from the texts of /proc/self/stat and /proc/uptime read at
     * {@code nowMillis}; empty when they do not make sense.
     */
    static OptionalLong fromProcFs(String stat, String uptime, long nowMillis) {
        // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        // Field 3 (state) is fields[0], so field 22 (starttime) is fields[19].
        if (fields.length < 20) {
            return OptionalLong.empty();
        }
        try {
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
            long ageMillis = Math.round(uptimeSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
            return ageMillis >= 0 ? OptionalLong.of(nowMillis - ageMillis) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
