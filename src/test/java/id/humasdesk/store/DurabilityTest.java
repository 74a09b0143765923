package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child process saves through the app's store and is killed with SIGKILL at a random moment;
 * every save it reported as committed is there after reopening, and the store passes its check.
 * H2 is told to reuse free space at once (retention 0), which is what used to lose commits.
 */
class DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void everyReturnedCommitSurvivesAKill() throws Exception {
        Random rnd = new Random(9);
        int rounds = 6;
        List<String> report = new ArrayList<>();
        long previous = 0;
        for (int round = 0; round < rounds; round++) {
            long lastCommitted = runAndKill(600 + rnd.nextInt(2000));
            assertThat(lastCommitted).as("round %d: the child went on from the last commit of the round before", round)
                    .isGreaterThan(previous);
            try (Database db = Database.open(new DataDirectory(dir))) {
                var ids = new JdbcRecoveryRepository(db).list(CommitLoop.USER).stream()
                        .map(r -> r.id().getLeastSignificantBits()).toList();
                report.add(lastCommitted + "->" + ids.stream().mapToLong(Long::longValue).max().orElse(0));
                for (long n = Math.max(1, lastCommitted - 4); n <= lastCommitted; n++) {
                    assertThat(ids).as("round %d: save %d was reported as committed", round, n).contains(n);
                }
            }
            previous = lastCommitted;
        }
        System.out.println("DurabilityTest last committed -> newest after reopen: " + report);
    }

    /** Starts the child, kills it {@code afterMs} after its first commit, returns its last reported commit. */
    private long runAndKill(long afterMs) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhumasdesk.h2.retentionMs=0", "-cp", System.getProperty("java.class.path"),
                CommitLoop.class.getName(), dir.toString(), "150")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicLong last = new AtomicLong();
        AtomicLong firstAt = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("committed ")) {
                        last.set(Long.parseLong(line.substring(10).trim()));
                        firstAt.compareAndSet(0, System.nanoTime());
                    }
                }
            } catch (Exception e) {
                // the stream ends with the kill
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (firstAt.get() == 0 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(afterMs);
        p.destroyForcibly(); // SIGKILL on Linux and macOS, TerminateProcess on Windows
        p.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return last.get();
    }
}
