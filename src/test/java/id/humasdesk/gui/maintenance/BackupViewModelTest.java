package id.humasdesk.gui.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.maintenance.BackupRetention;
import id.humasdesk.logic.maintenance.MaintenanceService.BackupRow;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admin → Cadangan and Admin → Pemeliharaan driven through their view models on a real H2 store in a
 * temporary data directory: the backup made shows in the list with its size, a restore staged there is
 * applied at the next start and brings back the earlier data, a damaged file is refused in words.
 */
class BackupViewModelTest {
    @TempDir
    Path dir;
    final Messages m = new Messages(Messages.INDONESIAN);
    final Formats formats = new Formats(IndonesianZone.WIB.zoneId(), Messages.INDONESIAN);
    final TaskExecutor now = TaskExecutor.sameThread();
    final List<Throwable> errors = new ArrayList<>();

    private static void release(TestOffice o, String headline) {
        o.services.drafts().create(o.writer, ReleaseType.SIARAN_PERS,
                o.services.drafts().template(o.writer, ReleaseType.SIARAN_PERS).withHeadline(headline));
    }

    private static List<String> headlines(TestOffice o) {
        return o.services.library().firstPage(LibraryFilter.ALL, 100).stream().map(r -> r.headline()).toList();
    }

    @Test
    void aBackupMadeNowIsListedWithItsSizeAndARestoreStagedThereBringsTheEarlierDataBackAtTheNextStart()
            throws Exception {
        Path data = dir.resolve("data");
        BackupRow made;
        AtomicBoolean staged = new AtomicBoolean();
        try (TestOffice o = new TestOffice(data)) {
            release(o, "Rilis sebelum cadangan");
            BackupViewModel vm = new BackupViewModel(o.services.maintenance(), now, m, formats, o.admin, errors::add);
            vm.load();
            assertThat(vm.backups()).isEmpty();
            assertThat(vm.sizeNoteProperty().get()).startsWith("Jumlah cadangan: 0, seluruhnya 0 B.")
                    .contains("Ukuran basis data: ").contains("Ruang kosong pada disk: ");

            vm.backupNow();
            assertThat(errors).isEmpty();
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.backups()).hasSize(1);
            made = vm.backups().get(0);
            assertThat(made.file()).exists().hasParent(data.resolve("backups"));
            assertThat(made.bytes()).isEqualTo(Files.size(made.file())).isPositive();
            assertThat(made.kind()).isEqualTo(BackupRetention.BackupKind.DAILY);
            assertThat(vm.statusProperty().get()).isEqualTo("Cadangan dibuat: " + made.file().getFileName() + " ("
                    + formats.size(made.bytes()) + ").");
            assertThat(vm.sizeNoteProperty().get()).startsWith("Jumlah cadangan: 1, seluruhnya "
                    + formats.size(made.bytes()) + ".");

            release(o, "Rilis sesudah cadangan");
            assertThat(vm.restoreQuestion(made)).contains(made.file().getFileName().toString())
                    .contains("saat HumasDesk dibuka berikutnya").contains("db-before-restore-");
            vm.stageRestore(made.file(), () -> staged.set(true));
            assertThat(errors).isEmpty();
            assertThat(staged).as("the app then offers to close").isTrue();
            assertThat(vm.stagedRestoreProperty().get()).isEqualTo(made.file().toAbsolutePath().normalize());
            assertThat(vm.stagedNoteProperty().get()).contains(made.file().getFileName().toString());
            assertThat(headlines(o)).as("nothing changes while the app runs").hasSize(2);
        }
        try (TestOffice o = TestOffice.reopen(data)) {
            assertThat(headlines(o)).containsExactly("Rilis sebelum cadangan");
            var restored = o.services.maintenance().atStart().restored().orElseThrow();
            assertThat(restored.aside().getFileName().toString()).startsWith("db-before-restore-");
            assertThat(restored.aside().resolve("humasdesk.mv.db")).exists();
            assertThat(MaintenanceViewModel.atStartMessage(o.services.maintenance().atStart(), m, formats))
                    .hasValueSatisfying(text -> assertThat(text).contains(made.file().getFileName().toString())
                            .contains(restored.aside().toString()));
            BackupViewModel vm = new BackupViewModel(o.services.maintenance(), now, m, formats, o.admin, errors::add);
            vm.load();
            assertThat(vm.stagedRestoreProperty().get()).as("applied once, not again").isNull();
            assertThat(vm.backups()).extracting(BackupRow::file).contains(made.file());
        }
        try (TestOffice o = TestOffice.reopen(data)) {
            assertThat(o.services.maintenance().atStart().restored()).isEmpty();
            assertThat(headlines(o)).containsExactly("Rilis sebelum cadangan");
        }
    }

    @Test
    void aDamagedBackupFileIsRefusedInWordsAndNothingIsStaged() throws Exception {
        try (TestOffice o = new TestOffice(dir.resolve("data"))) {
            BackupViewModel vm = new BackupViewModel(o.services.maintenance(), now, m, formats, o.admin, errors::add);
            vm.backupNow();
            Path good = vm.backups().get(0).file();
            byte[] bytes = Files.readAllBytes(good);
            for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
                bytes[i] ^= 0x5a; // a few flipped bytes inside the compressed store
            }
            Path damaged = dir.resolve("cadangan-rusak.zip");
            Files.write(damaged, bytes);
            AtomicBoolean staged = new AtomicBoolean();
            vm.stageRestore(damaged, () -> staged.set(true));
            assertThat(staged).isFalse();
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.backup.notABackup");
                assertThat(m.describe(e)).isEqualTo("Berkas " + damaged + " rusak atau bukan cadangan HumasDesk yang "
                        + "lengkap. Tidak ada yang diubah; pilih cadangan lain.");
            });
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.stagedRestoreProperty().get()).isNull();
            assertThat(o.services.storeCare().stagedRestore()).isEmpty();
        }
    }

    @Test
    void aStagedBackupThatIsGoneByTheNextStartIsReportedAndTheCurrentDataStays() throws Exception {
        Path data = dir.resolve("data");
        Path usb = dir.resolve("usb-cadangan.zip");
        try (TestOffice o = new TestOffice(data)) {
            release(o, "Rilis tetap");
            BackupViewModel vm = new BackupViewModel(o.services.maintenance(), now, m, formats, o.admin, errors::add);
            vm.backupNow();
            Files.copy(vm.backups().get(0).file(), usb);
            vm.stageRestore(usb, () -> { });
            assertThat(errors).isEmpty();
            release(o, "Rilis kedua");
        }
        Files.delete(usb); // the stick was taken out before the next start
        try (TestOffice o = TestOffice.reopen(data)) {
            assertThat(headlines(o)).containsExactlyInAnyOrder("Rilis tetap", "Rilis kedua");
            assertThat(o.services.maintenance().atStart().restored()).isEmpty();
            assertThat(o.services.maintenance().atStart().restoreFailed()).contains(usb.toAbsolutePath().normalize());
            assertThat(MaintenanceViewModel.atStartMessage(o.services.maintenance().atStart(), m, formats))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("Pemulihan yang dijadwalkan dari "
                            + usb.toAbsolutePath().normalize() + " tidak dilakukan"));
            assertThat(o.services.storeCare().stagedRestore()).as("not tried again at every start").isEmpty();
        }
    }

    @Test
    void onlyAnAdminMayListMakeOrRestoreBackups() throws Exception {
        try (TestOffice o = new TestOffice(dir.resolve("data"))) {
            BackupViewModel vm = new BackupViewModel(o.services.maintenance(), now, m, formats, o.writer, errors::add);
            vm.backupNow();
            assertThat(errors).singleElement().extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("error.auth.roleRequired");
            assertThat(o.services.storeCare().backups()).isEmpty();
        }
    }

    @Test
    void theIntegrityCheckReadsTheStoreAndACompactionIsStagedAndReportedWithItsSizes() throws Exception {
        Path data = dir.resolve("data");
        AtomicBoolean offered = new AtomicBoolean();
        try (TestOffice o = new TestOffice(data)) {
            for (int i = 0; i < 30; i++) {
                release(o, "Rilis nomor " + i);
            }
            MaintenanceViewModel vm = new MaintenanceViewModel(o.services.maintenance(), now, m, formats, o.admin, errors::add);
            vm.load();
            assertThat(vm.compactionNoteProperty().get()).contains("Basis data belum pernah dipadatkan.");
            vm.checkIntegrity();
            assertThat(errors).isEmpty();
            assertThat(vm.damagedProperty().get()).isFalse();
            assertThat(vm.checkResultProperty().get()).matches("Basis data utuh: \\d+ tabel dan [\\d.]+ baris terbaca "
                    + "tanpa kesalahan dalam \\d+,\\d detik\\.");
            assertThat(vm.compactQuestion()).contains("saat HumasDesk dibuka berikutnya");
            vm.requestCompaction(() -> offered.set(true));
            assertThat(offered).isTrue();
            assertThat(vm.compactionRequestedProperty().get()).isTrue();
            assertThat(vm.compactionNoteProperty().get()).contains("Pemadatan dijadwalkan");
        }
        try (TestOffice o = TestOffice.reopen(data)) {
            var compacted = o.services.maintenance().atStart().compacted().orElseThrow();
            assertThat(compacted.after()).isPositive().isLessThan(compacted.before());
            assertThat(MaintenanceViewModel.atStartMessage(o.services.maintenance().atStart(), m, formats))
                    .contains("Basis data telah dipadatkan: dari " + formats.size(compacted.before()) + " menjadi "
                            + formats.size(compacted.after()) + ".");
            MaintenanceViewModel vm = new MaintenanceViewModel(o.services.maintenance(), now, m, formats, o.admin, errors::add);
            vm.load();
            assertThat(vm.compactionRequestedProperty().get()).isFalse();
            assertThat(vm.compactionNoteProperty().get()).contains("Pemadatan terakhir: ")
                    .contains("dari " + formats.size(compacted.before()) + " menjadi " + formats.size(compacted.after()));
            assertThat(o.services.library().firstPage(LibraryFilter.ALL, 100)).hasSize(30);
        }
    }
}
