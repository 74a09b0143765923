package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ProcessStartTest {
    private static final String UPTIME = "100.50 180.00\n";

    @Test
    void startIsNowMinusTheProcessAge() {
        // started 50.00 s after boot, uptime 100.50 s: the process is 50.5 s old
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 30 0 5000 2000 300 rest";
        assertThat(ProcessStart.fromProcFs(stat, UPTIME, 1_000_000L)).hasValue(1_000_000L - 50_500L);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "7 (Humas Desk (x) 2) S 1 7 7 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 30 0 10000 2000 300";
        assertThat(ProcessStart.fromProcFs(stat, UPTIME, 1_000_000L)).hasValue(1_000_000L - 500L);
    }

    @Test
    void unreadableTextGivesNoAnswer() {
        assertThat(ProcessStart.fromProcFs("garbage", UPTIME, 1L)).isEmpty();
        assertThat(ProcessStart.fromProcFs("1 (a) S 1 2", UPTIME, 1L)).isEmpty();
        String startedAfterUptime = "1 (a) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 99999 0 0";
        assertThat(ProcessStart.fromProcFs(startedAfterUptime, UPTIME, 1L)).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTheStartIsNotEarlierThanTheProcessReallyBegan() throws Exception {
        long platform = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        long now = System.currentTimeMillis();
        long start = ProcessStart.epochMillis();
        assertThat(start).isLessThanOrEqualTo(System.currentTimeMillis());
        // The platform value is early by the sub-second part of the boot time, never late.
        assertThat(start - platform).isBetween(-20L, 1_020L);
        OptionalLong direct = ProcessStart.fromProcFs(Files.readString(Path.of("/proc/self/stat")),
                Files.readString(Path.of("/proc/uptime")), now);
        assertThat(direct).isPresent();
    }
}
