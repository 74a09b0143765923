package id.humasdesk.logic.maintenance;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Backups and upkeep of the store for the office admin (Admin → Cadangan, Admin → Pemeliharaan):
 * every call checks that the acting user is an active admin, and a store on a shared office server
 * is refused (it is backed up and maintained with the server's own tools). Restore and compaction
 * are staged for the next start (decision notes 0017, 0019, 0031).
 */
public final class MaintenanceService {
    private static final Logger LOG = Logger.getLogger(MaintenanceService.class.getName());
    private static final double MB = 1024.0 * 1024.0;
    private final StoreCare care;
    private final Authority authority;
    private final Clock clock;
    private final Supplier<ZoneId> zone;

    public MaintenanceService(StoreCare care, UserRepository users, Clock clock, Supplier<ZoneId> officeZone) {
        this.care = care;
        this.authority = new Authority(users);
        this.clock = clock;
        this.zone = officeZone;
    }

    /** One backup as the admin sees it. */
    public record BackupRow(Path file, Instant madeAt, long bytes, BackupRetention.BackupKind kind) {
    }

    /** Everything the backup screen shows. */
    public record Overview(List<BackupRow> backups, long backupBytes, long databaseBytes, long freeBytes,
            Optional<Path> stagedRestore, boolean compactionRequested, Optional<StoreCare.Compaction> lastCompaction) {
    }

    /** True when the store is a shared office server: these tools do not apply to it. No I/O (menus ask it). */
    public boolean shared() {
        return care.shared();
    }

    /** What was applied at this start (a staged restore, a requested compaction); kept in memory, no I/O. */
    public StoreCare.AtStart atStart() {
        return care.atStart();
    }

    private User admin(User actor) {
        User a = authority.require(actor, Role.ADMIN);
        if (care.shared()) {
            throw new UserFacingException("error.maintenance.shared");
        }
        return a;
    }

    public Overview overview(User actor) {
        admin(actor);
        List<StoreCare.BackupInfo> all = care.backups();
        List<BackupRetention.BackupKind> kinds = BackupRetention.classify(all.stream().map(StoreCare.BackupInfo::madeAt)
                .toList(), zone.get());
        List<BackupRow> rows = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < all.size(); i++) {
            StoreCare.BackupInfo b = all.get(i);
            rows.add(new BackupRow(b.file(), b.madeAt(), b.bytes(), kinds.get(i)));
            total += b.bytes();
        }
        return new Overview(rows, total, care.databaseBytes(), care.freeBytes(), care.stagedRestore(),
                care.compactionRequested(), care.lastCompaction());
    }

    /**
     * A backup now. Refused before anything is written when the disk has less free space than the
     * database file (the backup can be as large); a disk that fills up meanwhile gives the same message.
     */
    public StoreCare.BackupInfo backupNow(User actor) {
        User a = admin(actor);
        long free = care.freeBytes();
        long needed = care.databaseBytes();
        if (free < needed) {
            throw new UserFacingException("error.backup.diskFull", free / MB, needed / MB);
        }
        try {
            StoreCare.BackupInfo b = care.backupNow(clock.instant(), Optional.empty());
            LOG.info(() -> "Backup made by " + a.username() + ": " + b.file());
            return b;
        } catch (UserFacingException e) {
            if ("error.store.diskFull".equals(e.messageKey())) {
                throw new UserFacingException(e, "error.backup.diskFull", care.freeBytes() / MB, needed / MB);
            }
            throw e;
        }
    }

    /** Replaces the database with {@code zip} at the next start; the current one is kept aside then. */
    public void stageRestore(User actor, Path zip) {
        User a = admin(actor);
        care.stageRestore(zip);
        LOG.info(() -> "Restore of " + zip + " staged for the next start by " + a.username());
    }

    public void cancelRestore(User actor) {
        admin(actor);
        care.cancelStagedRestore();
    }

    /** Compacts the database at the next start (it must be closed for that). */
    public void requestCompaction(User actor) {
        User a = admin(actor);
        care.requestCompaction();
        LOG.info(() -> "Compaction requested for the next start by " + a.username());
    }

    public void cancelCompaction(User actor) {
        admin(actor);
        care.cancelCompaction();
    }

    /** Reads every row of the open database once; the technical detail of a failure goes to the log. */
    public StoreCare.Integrity checkIntegrity(User actor) {
        admin(actor);
        StoreCare.Integrity result = care.checkIntegrity();
        result.problem().ifPresent(p -> LOG.severe("Integrity check on request failed: " + p));
        return result;
    }
}
