package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.draft.LocalRecoveries;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child process keeps its recovery record on this PC's disk as fast as it can and is killed
 * with SIGKILL at a random moment: the record is always readable and holds at least the last version
 * the child reported as kept (decision note 0604).
 */
class LocalRecoveryKillTest {
    @TempDir
    Path dir;

    @Test
    void theRecordOnThisPcIsWholeAndCurrentAfterEveryKill() throws Exception {
        Random rnd = new Random(604);
        List<String> report = new ArrayList<>();
        int next = 1;
        for (int round = 0; round < 5; round++) {
            int reported = runAndKill(next, 20 + rnd.nextInt(300));
            List<LocalRecoveries.Kept> kept = new FileRecoveryStore(FileRecoveryStore.folderOf(dir))
                    .list(RecoveryFileLoop.USER);
            assertThat(kept).as("round %d: exactly one whole record", round).hasSize(1);
            int found = kept.get(0).recovery().content().paragraphs().size();
            assertThat(kept.get(0).recovery().content()).isEqualTo(RecoveryFileLoop.version(found));
            assertThat(found).as("round %d: the last version reported as kept, or the one being written", round)
                    .isBetween(reported, reported + 1);
            report.add(reported + "->" + found);
            next = found + 1;
        }
        System.out.println("[LocalRecoveryKillTest] last reported -> found after kill: " + report);
    }

    /** Starts the child, kills it {@code afterMs} after its first write returned, returns its last report. */
    private int runAndKill(int from, long afterMs) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecoveryFileLoop.class.getName(), dir.toString(),
                Integer.toString(from)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger last = new AtomicInteger(from - 1);
        CountDownLatch first = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("kept ")) {
                        last.set(Integer.parseInt(line.substring(5).trim()));
                        first.countDown();
                    }
                }
            } catch (Exception e) {
                // the pipe breaks when the child is killed
            }
        });
        reader.start();
        assertThat(first.await(60, TimeUnit.SECONDS)).as("the child wrote its first version").isTrue();
        Thread.sleep(afterMs);
        p.destroyForcibly(); // SIGKILL on Linux and macOS
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("killed, not ended by itself").isEqualTo(137);
        reader.join(10_000);
        return last.get();
    }
}
