package id.humasdesk.logic.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.account.Credential;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may back up and restore, and what a full disk or a shared server database gives the admin. */
class MaintenanceServiceTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final User admin = new User(UUID.randomUUID(), "admin", "Admin Humas", Set.of(Role.ADMIN), true);
    private final User writer = new User(UUID.randomUUID(), "rina", "Rina Marlina", Set.of(Role.WRITER), true);
    private final FakeCare care = new FakeCare();
    private final Messages m = new Messages(Messages.INDONESIAN);
    private final MaintenanceService service = new MaintenanceService(care, new Users(List.of(admin, writer)),
            Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), ZoneOffset.UTC), () -> WIB);

    private static String key(Throwable e) {
        return ((UserFacingException) e).messageKey();
    }

    @Test
    void aBackupIsRefusedBeforeAnythingIsWrittenWhenTheDiskHasLessRoomThanTheDatabase() {
        care.databaseBytes = 300L * 1024 * 1024;
        care.freeBytes = 120L * 1024 * 1024;
        assertThatThrownBy(() -> service.backupNow(admin)).satisfies(e -> {
            assertThat(key(e)).isEqualTo("error.backup.diskFull");
            assertThat(m.describe(e)).startsWith("Ruang disk tidak cukup untuk membuat cadangan: tersisa 120 MB, "
                    + "sedangkan cadangan dapat memerlukan hingga 300 MB.");
        });
        assertThat(care.made).isEmpty();
    }

    @Test
    void aDiskThatFillsUpDuringTheBackupGivesTheSameMessage() {
        care.failWith = new UserFacingException("error.store.diskFull");
        assertThatThrownBy(() -> service.backupNow(admin)).satisfies(e -> assertThat(key(e))
                .isEqualTo("error.backup.diskFull"));
    }

    @Test
    void onlyAnActiveAdminMayUseTheTools() {
        assertThatThrownBy(() -> service.backupNow(writer)).satisfies(e -> assertThat(key(e))
                .isEqualTo("error.auth.roleRequired"));
        assertThatThrownBy(() -> service.stageRestore(writer, Path.of("x.zip"))).satisfies(e -> assertThat(key(e))
                .isEqualTo("error.auth.roleRequired"));
        assertThatThrownBy(() -> service.requestCompaction(writer)).satisfies(e -> assertThat(key(e))
                .isEqualTo("error.auth.roleRequired"));
        User forged = new User(UUID.randomUUID(), "palsu", "Palsu", Set.of(Role.ADMIN), true);
        assertThatThrownBy(() -> service.overview(forged)).satisfies(e -> assertThat(key(e))
                .isEqualTo("error.auth.notSignedIn"));
        assertThat(care.made).isEmpty();
        assertThat(care.staged).isNull();
        assertThat(care.compaction).isFalse();
    }

    @Test
    void aSharedServerDatabaseIsLeftToTheServersOwnTools() {
        care.shared = true;
        assertThat(service.shared()).isTrue();
        assertThatThrownBy(() -> service.backupNow(admin)).satisfies(e -> {
            assertThat(key(e)).isEqualTo("error.maintenance.shared");
            assertThat(m.describe(e)).contains("server kantor yang dipakai bersama");
        });
        assertThatThrownBy(() -> service.checkIntegrity(admin)).satisfies(e -> assertThat(key(e))
                .isEqualTo("error.maintenance.shared"));
    }

    @Test
    void theOverviewNamesEachBackupDailyWeeklyOrExtraAndAddsUpTheirSizes() {
        Instant today = Instant.parse("2026-12-06T02:00:00Z");
        care.backups.add(new StoreCare.BackupInfo(Path.of("a.zip"), today, 100));
        care.backups.add(new StoreCare.BackupInfo(Path.of("b.zip"), today.minusSeconds(3600), 50)); // same day
        for (int d = 1; d <= 12; d++) {
            care.backups.add(new StoreCare.BackupInfo(Path.of("d" + d + ".zip"), today.minusSeconds(d * 86_400L), 10));
        }
        MaintenanceService.Overview o = service.overview(admin);
        assertThat(o.backupBytes()).isEqualTo(100 + 50 + 12 * 10);
        assertThat(o.backups()).extracting(MaintenanceService.BackupRow::kind).startsWith(
                BackupRetention.BackupKind.DAILY, BackupRetention.BackupKind.EXTRA);
        assertThat(o.backups().stream().filter(b -> b.kind() == BackupRetention.BackupKind.DAILY)).hasSize(7);
        // 6 Dec 2026 is a Sunday: days 0..6 fill this ISO week and the daily slots; days 7..12 (the week
        // before) give one weekly, the newest of that week; the rest go.
        assertThat(o.backups().stream().filter(b -> b.kind() == BackupRetention.BackupKind.WEEKLY))
                .extracting(b -> b.file().toString()).containsExactly("d7.zip");
    }

    private static final class FakeCare implements StoreCare {
        final List<BackupInfo> backups = new ArrayList<>();
        final List<BackupInfo> made = new ArrayList<>();
        long databaseBytes = 1024;
        long freeBytes = Long.MAX_VALUE;
        boolean shared;
        Path staged;
        boolean compaction;
        RuntimeException failWith;

        @Override
        public List<BackupInfo> backups() {
            return backups;
        }

        @Override
        public BackupInfo backupNow(Instant now, Optional<Path> out) {
            if (failWith != null) {
                throw failWith;
            }
            BackupInfo b = new BackupInfo(Path.of("new.zip"), now, 10);
            made.add(b);
            return b;
        }

        @Override
        public Optional<BackupInfo> backupIfDue(Instant now, ZoneId zone) {
            return Optional.empty();
        }

        @Override
        public void stageRestore(Path zip) {
            staged = zip;
        }

        @Override
        public Optional<Path> stagedRestore() {
            return Optional.ofNullable(staged);
        }

        @Override
        public void requestCompaction() {
            compaction = true;
        }

        @Override
        public boolean compactionRequested() {
            return compaction;
        }

        @Override
        public void cancelStagedRestore() {
            staged = null;
        }

        @Override
        public void cancelCompaction() {
            compaction = false;
        }

        @Override
        public long databaseBytes() {
            return databaseBytes;
        }

        @Override
        public long freeBytes() {
            return freeBytes;
        }

        @Override
        public boolean shared() {
            return shared;
        }

        @Override
        public Optional<Compaction> lastCompaction() {
            return Optional.empty();
        }

        @Override
        public AtStart atStart() {
            return AtStart.NOTHING;
        }

        @Override
        public Integrity checkIntegrity() {
            return new Integrity(1, 1, Optional.empty());
        }
    }

    private record Users(List<User> all) implements UserRepository {
        @Override
        public void insert(User user, String passwordHash, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(User user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<User> findById(UUID id) {
            return all.stream().filter(u -> u.id().equals(id)).findFirst();
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return all.stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public List<User> list() {
            return all;
        }

        @Override
        public Optional<Credential> credential(UUID userId) {
            return Optional.empty();
        }

        @Override
        public void saveCredential(UUID userId, Credential credential) {
            throw new UnsupportedOperationException();
        }
    }
}
