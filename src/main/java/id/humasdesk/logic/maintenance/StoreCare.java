package id.humasdesk.logic.maintenance;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Backups and upkeep of the store of one data directory (decision notes 0017, 0019). The online
 * part works while the app holds the database open; restore and compaction of an open database are
 * staged and happen at the next start, before the database opens.
 */
public interface StoreCare {
    /** One complete backup file. */
    record BackupInfo(Path file, Instant madeAt, long bytes) {
    }

    /** Every backup, newest first. */
    List<BackupInfo> backups();

    /** A consistent copy of the open database now, into the backups folder or to {@code out}. */
    BackupInfo backupNow(Instant now, Optional<Path> out);

    /**
     * The daily backup: made when there is none yet from today in {@code zone}, then old ones are
     * pruned (last 7 days plus last 4 weeks). Returns the new backup, if one was made.
     */
    Optional<BackupInfo> backupIfDue(Instant now, ZoneId zone);

    /** Replaces the database with {@code zip} at the next start. */
    void stageRestore(Path zip);

    Optional<Path> stagedRestore();

    /** Compacts the database at the next start. */
    void requestCompaction();

    boolean compactionRequested();

    /** Size of the database file in bytes. */
    long databaseBytes();

    /** What can be done while no process holds the data directory (command line). */
    interface Offline {
        /** Replaces the database with {@code zip}; returns the folder holding the previous files. */
        Path restore(Path zip);

        /** Compacts the database now; returns the size before and after in bytes. */
        long[] compact();
    }
}
