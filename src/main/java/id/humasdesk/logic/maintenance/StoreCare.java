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

    /** Takes back a staged restore: the database stays as it is. */
    void cancelStagedRestore();

    /** Takes back a requested compaction. */
    void cancelCompaction();

    /** Size of the database file in bytes. */
    long databaseBytes();

    /** Free space in bytes on the disk that holds the backups folder. */
    long freeBytes();

    /** True when the database is an office server several PCs share (backed up with its own tools). */
    boolean shared();

    /** The last compaction: when, and the file's size before and after. */
    record Compaction(Instant at, long before, long after) {
    }

    Optional<Compaction> lastCompaction();

    /** A restore applied before the database opened: from which backup, and where the old files went. */
    record Restored(Path from, Path aside) {
    }

    /**
     * What was done to the files at this start, before the database opened; {@code restoreFailed}
     * names a staged backup that could not be read (the current database was kept).
     */
    record AtStart(Optional<Restored> restored, Optional<Compaction> compacted, Optional<Path> restoreFailed) {
        public static final AtStart NOTHING = new AtStart(Optional.empty(), Optional.empty(), Optional.empty());
    }

    AtStart atStart();

    /**
     * The result of reading every row of every table once: how much was read, and the failure if
     * some part could not be read ({@code problem} is the technical detail, for the log).
     */
    record Integrity(int tables, long rows, Optional<String> problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    /** Reads the whole open database once (seconds on a large store). */
    Integrity checkIntegrity();

    /** What can be done while no process holds the data directory (command line). */
    interface Offline {
        /** Replaces the database with {@code zip}; returns the folder holding the previous files. */
        Path restore(Path zip);

        /** Compacts the database now; returns the size before and after in bytes. */
        long[] compact();
    }
}
