package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start after a crash reads every row (note 0017) without holding what it read: H2 used to
 * build the whole result of each table first, and 100,000 releases took the heap to about 1 GB,
 * which Serial GC then kept (note 0403). Here a store holding more text than the child JVM's
 * whole heap opens with the full check in 48 MB.
 */
class FullCheckMemoryTest {
    private static final Instant T0 = Instant.parse("2026-11-01T03:00:00Z");
    @TempDir
    Path dir;

    @Test
    void theFullCheckAfterACrashReadsMoreTextThanTheHeapHolds() throws Exception {
        UUID writer = UUID.randomUUID();
        String paragraph = "Bawaslu Kabupaten Kaur menggelar rapat koordinasi pengawasan tahapan kampanye. ".repeat(1250);
        try (DataDirectory d = new DataDirectory(dir); Database db = Database.open(d)) {
            new JdbcUserRepository(db).insert(new User(writer, "penulis1", "Rina Marlina", Set.of(Role.WRITER), true),
                    "-", T0);
            JdbcReleaseRepository releases = new JdbcReleaseRepository(db);
            for (int batch = 0; batch < 35; batch++) {
                List<Release> rows = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    int n = batch * 20 + i + 1;
                    ReleaseContent c = ReleaseContent.empty().withHeadline("Rapat koordinasi " + n)
                            .withParagraphs(List.of(paragraph + n));
                    rows.add(new Release(UUID.randomUUID(), "KAUR", n + "/HUMAS/KAUR/XI/2026", ReleaseType.SIARAN_PERS,
                            ReleaseStatus.DRAFT, c, writer, T0, T0, 1, false));
                }
                releases.insertAll(rows);
            }
        }
        // 700 releases with 100,000 characters of search text each: 70 MB as Java strings. H2 keeps
        // results of up to 40,000 rows per GB of heap in memory (1,875 rows at 48 MB), so without
        // lazy reading the whole table would be built in a heap it does not fit in.
        Files.delete(dir.resolve("db/closed-cleanly"));

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                FullCheckChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String out;
        try (var in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(out).as("the child's output").contains("opened").doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).isZero();
        assertThat(dir.resolve("db/closed-cleanly")).as("closed cleanly after the check").exists();
    }
}
