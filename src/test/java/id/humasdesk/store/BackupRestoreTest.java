package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups end to end: write, back up, change, restore, and the old data is back. */
class BackupRestoreTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path dir;

    private static void release(TestOffice o, String headline) {
        o.services.drafts().create(o.writer, ReleaseType.SIARAN_PERS,
                o.services.drafts().template(o.writer, ReleaseType.SIARAN_PERS).withHeadline(headline));
    }

    private static List<String> headlines(TestOffice o) {
        return o.services.library().firstPage(LibraryFilter.ALL, 100).stream().map(r -> r.headline()).toList();
    }

    @Test
    void restoreFromTheCommandLineBringsBackTheOldDataAndKeepsTheCurrentAside() throws Exception {
        StoreCare.BackupInfo backup;
        try (TestOffice o = new TestOffice(dir)) {
            release(o, "Sebelum cadangan");
            backup = o.services.storeCare().backupNow(Instant.parse("2026-12-06T01:00:00Z"), Optional.empty());
            assertThat(o.services.storeCare().backups()).extracting(StoreCare.BackupInfo::file)
                    .containsExactly(backup.file());
            assertThat(backup.bytes()).isPositive();
            release(o, "Sesudah cadangan");
            assertThatThrownBy(() -> FileStoreCare.offline(dir).restore(backup.file()))
                    .as("refused while the app holds the data directory")
                    .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.dataDir.inUse"));
        }
        Path aside = FileStoreCare.offline(dir).restore(backup.file());
        assertThat(aside.resolve("humasdesk.mv.db")).exists();
        try (TestOffice o = TestOffice.reopen(dir)) {
            assertThat(headlines(o)).containsExactly("Sebelum cadangan");
        }
    }

    @Test
    void aRestoreStagedInTheAppIsAppliedAtTheNextStart() throws Exception {
        try (TestOffice o = new TestOffice(dir)) {
            release(o, "Versi lama");
            var b = o.services.storeCare().backupNow(Instant.parse("2026-12-06T01:00:00Z"), Optional.empty());
            release(o, "Versi baru");
            o.services.storeCare().stageRestore(b.file());
            assertThat(o.services.storeCare().stagedRestore()).contains(b.file());
            assertThat(headlines(o)).hasSize(2);
        }
        try (TestOffice o = TestOffice.reopen(dir)) {
            assertThat(headlines(o)).containsExactly("Versi lama");
            assertThat(o.services.storeCare().stagedRestore()).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        Path junk = dir.resolve("bukan-cadangan.zip");
        try (TestOffice o = new TestOffice(dir)) {
            release(o, "Tetap ada");
            Files.writeString(junk, "bukan zip");
            assertThatThrownBy(() -> o.services.storeCare().stageRestore(junk))
                    .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.backup.notABackup"));
        }
        assertThatThrownBy(() -> FileStoreCare.offline(dir).restore(junk)).isInstanceOf(UserFacingException.class);
        try (TestOffice o = TestOffice.reopen(dir)) {
            assertThat(headlines(o)).containsExactly("Tetap ada");
        }
    }

    @Test
    void theDailyBackupIsMadeOncePerOfficeDay() throws Exception {
        try (TestOffice o = new TestOffice(dir)) {
            StoreCare care = o.services.storeCare();
            Instant morning = Instant.parse("2026-12-06T01:00:00Z"); // 08:00 WIB
            assertThat(care.backupIfDue(morning, WIB)).isPresent();
            assertThat(care.backupIfDue(morning.plusSeconds(6 * 3600), WIB)).as("same day in WIB").isEmpty();
            assertThat(care.backupIfDue(Instant.parse("2026-12-06T18:00:00Z"), WIB)).as("01:00 WIB next day")
                    .isPresent();
            assertThat(care.backups()).hasSize(2);
        }
    }

    @Test
    void retentionKeepsTheLastSevenDaysAndTheLastFourWeeks() throws Exception {
        DataDirectory d = new DataDirectory(dir);
        Backups backups = new Backups(d);
        Files.createDirectories(backups.folder());
        LocalDate last = LocalDate.of(2026, 12, 6); // a Sunday
        for (int i = 0; i < 40; i++) {
            for (int hour : new int[] {2, 9}) {
                Instant at = last.minusDays(i).atTime(hour, 0).toInstant(ZoneOffset.UTC);
                Files.writeString(backups.folder().resolve("humasdesk-" + StoreFiles.STAMP.format(at) + ".zip"), "x");
            }
        }
        backups.prune(ZoneOffset.UTC);
        List<String> kept = backups.list().stream().map(b -> b.file().getFileName().toString()).toList();
        assertThat(kept).containsExactly(
                "humasdesk-20261206-090000.zip", "humasdesk-20261205-090000.zip", "humasdesk-20261204-090000.zip",
                "humasdesk-20261203-090000.zip", "humasdesk-20261202-090000.zip", "humasdesk-20261201-090000.zip",
                "humasdesk-20261130-090000.zip", // the last 7 days, newest of each
                "humasdesk-20261129-090000.zip", "humasdesk-20261122-090000.zip", // newest of each earlier week
                "humasdesk-20261115-090000.zip");
    }
}
