package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when the store is not what the app expects: a clear message, nothing lost. */
class RobustnessTest {
    @TempDir
    Path dir;

    private static String key(Throwable t) {
        return ((UserFacingException) t).messageKey();
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedAndTheFirstKeepsWorking() throws Exception {
        try (TestOffice office = new TestOffice(dir)) {
            assertThatThrownBy(() -> Wiring.open(dir, Clock.systemUTC()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.dataDir.inUse"));
            office.services.drafts().create(office.writer, ReleaseType.BERITA_KEGIATAN,
                    office.services.drafts().template(office.writer, ReleaseType.BERITA_KEGIATAN).withHeadline("Masih jalan"));
            assertThat(office.services.library().count(LibraryFilter.ALL)).isEqualTo(1);
        }
    }

    @Test
    void secondProcessOnTheSameDataDirectoryGetsAClearMessage() throws Exception {
        try (TestOffice office = new TestOffice(dir)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "id.humasdesk.app.Main", "--lang", "en",
                    "--data-dir", dir.toString(), "bench", "--runs", "1")
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(out).contains("HumasDesk is already running with the data directory");
            assertThat(office.services.accounts().isSetUp()).isTrue();
        }
    }

    @Test
    void databaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        new TestOffice(dir).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/humasdesk"),
                "humasdesk", "")) {
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, TRUE)");
        }
        assertThatThrownBy(() -> Wiring.open(dir, Clock.systemUTC()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.store.newerVersion"));
        assertThatThrownBy(() -> Wiring.open(dir, Clock.systemUTC())).as("the lock was released after the refusal")
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.store.newerVersion"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/humasdesk"),
                "humasdesk", "");
                var rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" = '99'), (SELECT name FROM office)")) {
            rs.next();
            assertThat(rs.getInt(1)).as("history not repaired").isEqualTo(1);
            assertThat(rs.getString(2)).as("data untouched").isEqualTo("Bawaslu Kabupaten Kaur");
        }
    }

    @Test
    void unreadableDatabaseIsReportedAndNotOverwritten() throws IOException {
        Path db = dir.resolve("db/humasdesk.mv.db");
        Files.createDirectories(db.getParent());
        byte[] garbage = "Ini bukan basis data H2, hanya teks biasa yang panjang. ".repeat(200)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(db, garbage);
        assertThatThrownBy(() -> Wiring.open(dir, Clock.systemUTC()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.store.unreadable"));
        assertThat(java.util.Arrays.equals(Files.readAllBytes(db), garbage)).as("file left as it was").isTrue();
    }

    @Test
    void fullDiskAndLockedDatabaseMapToTheirMessages() {
        var full = new SQLException("IO Exception: \"java.io.IOException: No space left on device\"", "08000", 90028);
        assertThat(StoreErrors.translate(full).messageKey()).isEqualTo("error.store.diskFull");
        var locked = new SQLException("Database may be already in use", "90020", 90020);
        assertThat(StoreErrors.translate(locked).messageKey()).isEqualTo("error.store.inUse");
        assertThat(StoreErrors.translate(new SQLException("x", "42000", 42000)).messageKey())
                .isEqualTo("error.store.failed");
    }
}
