package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.maintenance.StoreCare;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link StoreCare} over the H2 files of one data directory. */
public final class FileStoreCare implements StoreCare {
    private static final Logger LOG = Logger.getLogger(FileStoreCare.class.getName());
    private final DataDirectory dir;
    private final Database db;
    private final Backups backups;

    public FileStoreCare(DataDirectory dir, Database db) {
        this.dir = dir;
        this.db = db;
        this.backups = new Backups(dir);
    }

    private static BackupInfo info(Backups.Backup b) {
        return new BackupInfo(b.file(), b.madeAt(), b.bytes());
    }

    @Override
    public List<BackupInfo> backups() {
        return backups.list().stream().map(FileStoreCare::info).toList();
    }

    @Override
    public synchronized BackupInfo backupNow(Instant now, Optional<Path> out) {
        Backups.Backup b = backups.make(db, now);
        if (out.isEmpty()) {
            return info(b);
        }
        try {
            Path target = out.get().toAbsolutePath();
            AtomicFiles.replace(target, AtomicFiles.Access.DEFAULT, o -> Files.copy(b.file(), o));
            return new BackupInfo(target, now, Files.size(target));
        } catch (IOException e) {
            throw StoreErrors.translate(e);
        }
    }

    @Override
    public synchronized Optional<BackupInfo> backupIfDue(Instant now, ZoneId zone) {
        if (!backups.dueOn(now, zone)) {
            return Optional.empty();
        }
        BackupInfo made = info(backups.make(db, now));
        List<Path> gone = backups.prune(zone);
        if (!gone.isEmpty()) {
            LOG.info(() -> "Old backups removed: " + gone);
        }
        return Optional.of(made);
    }

    @Override
    public void stageRestore(Path zip) {
        backups.stageRestore(zip);
    }

    @Override
    public Optional<Path> stagedRestore() {
        return backups.staged();
    }

    @Override
    public void requestCompaction() {
        StoreFiles.requestCompaction(dir);
    }

    @Override
    public boolean compactionRequested() {
        return StoreFiles.compactionRequested(dir);
    }

    @Override
    public long databaseBytes() {
        return StoreFiles.databaseBytes(dir);
    }

    @Override
    public void cancelStagedRestore() {
        backups.cancelStagedRestore();
    }

    @Override
    public void cancelCompaction() {
        StoreFiles.cancelCompaction(dir);
    }

    @Override
    public long freeBytes() {
        return backups.freeBytes();
    }

    @Override
    public boolean shared() {
        return db.isShared();
    }

    @Override
    public Optional<Compaction> lastCompaction() {
        return StoreFiles.lastCompaction(dir);
    }

    @Override
    public AtStart atStart() {
        return db.atStart();
    }

    @Override
    public Integrity checkIntegrity() {
        return db.with(c -> {
            try {
                long[] read = H2Store.checkIntegrity(c, true);
                return new Integrity((int) read[0], read[1], Optional.empty());
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Integrity check failed", e);
                return new Integrity(0, 0, Optional.of(String.valueOf(e)));
            }
        });
    }

    /** Restore and compaction for a process that holds the data directory with the database closed. */
    public static StoreCare.Offline offline(Path root) {
        return new StoreCare.Offline() {
            @Override
            public Path restore(Path zip) {
                try (DataDirectory d = new DataDirectory(root)) {
                    d.lock();
                    return new Backups(d).restoreNow(zip);
                }
            }

            @Override
            public long[] compact() {
                try (DataDirectory d = new DataDirectory(root)) {
                    d.lock();
                    return StoreFiles.compact(d);
                }
            }
        };
    }
}
