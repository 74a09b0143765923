package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photo files of an older data directory are put into the database at start (decision 0610). A real
 * child process doing that is killed with SIGKILL at a random moment; the next start finishes the
 * work, and every photo is then in the database once with exactly its content.
 */
class PhotoAdoptionKillTest {
    private static final int FILES = 60;
    @TempDir
    Path dir;

    @Test
    void aKillDuringTheMoveIsFinishedByTheNextStart() throws Exception {
        Random rnd = new Random(11);
        Map<String, byte[]> photos = new HashMap<>();
        Path media = Files.createDirectories(dir.resolve("media"));
        for (int i = 0; i < FILES; i++) {
            byte[] b = new byte[200_000 + rnd.nextInt(200_000)];
            rnd.nextBytes(b);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
            photos.put(sha, b);
            Files.write(media.resolve(sha + ".jpg"), b);
        }
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            int before = stored().size();
            if (before == FILES) {
                break;
            }
            killDuringStart(100 + rnd.nextInt(1200));
            int after = stored().size();
            rounds.add(before + "->" + after);
            assertThat(after).isGreaterThanOrEqualTo(before);
        }
        Wiring.open(dir, Clock.systemUTC()).close(); // the next start finishes what the kills interrupted
        Map<String, String> stored = stored();
        assertThat(stored).hasSize(FILES);
        stored.forEach((sha, contentSha) -> assertThat(contentSha).as("content of %s", sha).isEqualTo(sha));
        assertThat(media.resolve(DatabaseMediaStore.ADOPTED_MARKER)).exists();
        System.out.println("[PhotoAdoptionKillTest] photos in the database before -> after each kill: " + rounds
                + ", then " + FILES + " of " + FILES + " after the next start");
    }

    /** Every stored photo: its key and the SHA-256 of its stored bytes. */
    private Map<String, String> stored() throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Database db = Database.open(new DataDirectory(dir))) {
            db.with(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT sha256, content FROM media_blob")) {
                    while (rs.next()) {
                        try {
                            out.put(rs.getString(1), HexFormat.of().formatHex(
                                    MessageDigest.getInstance("SHA-256").digest(rs.getBytes(2))));
                        } catch (java.security.NoSuchAlgorithmException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                return null;
            });
        }
        return out;
    }

    private void killDuringStart(long afterMs) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AdoptPhotosChild.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CountDownLatch opening = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("adopting")) {
                        opening.countDown();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child was killed
            }
        });
        reader.start();
        assertThat(opening.await(60, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(afterMs);
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
    }
}
