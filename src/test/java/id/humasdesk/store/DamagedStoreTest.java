package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.app.Wiring;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that opens but has lost pages is refused with a clear message, kept aside, and a backup is named. */
class DamagedStoreTest {
    @TempDir
    Path dir;

    @Test
    void lostPagesAreFoundAtStartAndTheNewestBackupIsOffered() throws Exception {
        Path backup;
        try (TestOffice office = new TestOffice(dir)) {
            for (int i = 0; i < 60; i++) {
                office.services.drafts().create(office.writer, ReleaseType.SIARAN_PERS, office.services.drafts()
                        .template(office.writer, ReleaseType.SIARAN_PERS).withHeadline("Rilis nomor " + i)
                        .withParagraphs(List.of("Paragraf yang cukup panjang untuk mengisi halaman. ".repeat(40))));
            }
        }
        try (DataDirectory d = new DataDirectory(dir); Database db = Database.open(d)) {
            backup = new Backups(d).make(db, Instant.parse("2026-12-05T01:00:00Z")).file();
        }
        // as after a kill: the last run did not close cleanly, so the next start reads every row
        Files.delete(dir.resolve("db/closed-cleanly"));
        Path file = dir.resolve("db/humasdesk.mv.db");
        long len = Files.size(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            // wipe the middle of the file, as a torn write or a bad sector would; headers stay intact
            f.seek(len / 4 / 4096 * 4096);
            f.write(new byte[(int) (len / 2 / 4096 * 4096)]);
        }
        assertThatThrownBy(() -> Wiring.open(dir, Clock.systemUTC())).isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    UserFacingException u = (UserFacingException) e;
                    assertThat(u.messageKey()).isIn("error.store.damaged");
                    assertThat(List.of(u.arguments())).contains(backup.toString());
                });
        try (var s = Files.list(dir)) {
            Path aside = s.filter(p -> p.getFileName().toString().startsWith("db-damaged-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside.resolve("humasdesk.mv.db"))).as("a copy of the damaged store")
                    .isEqualTo(Files.readAllBytes(file));
        }
    }
}
