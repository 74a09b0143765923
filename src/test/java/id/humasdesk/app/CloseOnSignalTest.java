package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PC shut down or logged off with the app open sends it SIGTERM: the database is closed
 * cleanly then, not left for the next start's slow full check. The app runs in a child JVM on the
 * headless Monocle platform and gets a real SIGTERM once its database is open.
 */
class CloseOnSignalTest {
    private static final long TIMEOUT_S = 240;

    @TempDir
    Path dir;

    private static Process start(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx512m", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dhumasdesk.pbkdf2.iterations=1000", "-cp",
                System.getProperty("java.class.path"), "id.humasdesk.app.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private List<Path> markers() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals("closed-cleanly")).toList();
        }
    }

    private String log() throws Exception {
        Path logs = dir.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Files.list(logs)) {
            for (Path p : s.toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void sigtermWhileTheWindowIsOpenClosesTheDatabaseCleanly() throws Exception {
        Process gen = start(List.of("--data-dir", dir.toString(), "generate", "--count", "5"));
        assertThat(gen.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(markers()).as("the CLI closed cleanly").isNotEmpty();

        Process app = start(List.of("--data-dir", dir.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (!log().contains("Search index opened") && System.nanoTime() < deadline && app.isAlive()) {
            Thread.sleep(200);
        }
        assertThat(app.isAlive()).as("the app is running").isTrue();
        assertThat(markers()).as("an open database has no clean-close marker").isEmpty();

        app.destroy(); // SIGTERM
        assertThat(app.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).as("ends after SIGTERM").isTrue();
        assertThat(markers()).as("closed cleanly on SIGTERM; log:%n%s", log()).isNotEmpty();
    }
}
