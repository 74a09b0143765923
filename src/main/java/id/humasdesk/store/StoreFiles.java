package id.humasdesk.store;

import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.model.DamagedStoreException;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens to the database files while nothing has them open: a staged restore, a requested
 * compaction, and keeping a damaged store aside. Only a process holding the data directory lock
 * calls these.
 */
public final class StoreFiles {
    private static final Logger LOG = Logger.getLogger(StoreFiles.class.getName());
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Marker asking for a compaction at the next start. */
    static final String COMPACT_MARKER = "compact-at-next-start";

    private StoreFiles() {
    }

    /** Record of the last compaction: UTC time, size before, size after. */
    static final String LAST_COMPACTION = "last-compaction";

    /**
     * Applies a staged restore, finishes or cleans a killed compaction, runs a requested one; returns
     * what was done, for the user to be told.
     */
    static StoreCare.AtStart beforeOpen(DataDirectory dir) {
        Optional<Path> staged = new Backups(dir).staged();
        Optional<StoreCare.Restored> restored = Backups.applyStagedRestore(dir);
        Optional<Path> failed = restored.isEmpty() ? staged : Optional.empty();
        Path database = dir.database();
        H2Store.cleanUpCompaction(database);
        Path marker = database.resolveSibling(COMPACT_MARKER);
        Optional<StoreCare.Compaction> compacted = Optional.empty();
        if (Files.exists(marker)) {
            compact(dir);
            compacted = lastCompaction(dir);
        }
        return new StoreCare.AtStart(restored, compacted, failed);
    }

    /** Takes back a requested compaction. */
    public static void cancelCompaction(DataDirectory dir) {
        try {
            Files.deleteIfExists(dir.database().resolveSibling(COMPACT_MARKER));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
        }
    }

    /** The last compaction recorded in this data directory (by the app at start or by {@code compact}). */
    public static Optional<StoreCare.Compaction> lastCompaction(DataDirectory dir) {
        Path f = dir.database().resolveSibling(LAST_COMPACTION);
        try {
            if (!Files.exists(f)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(f).trim().split("\\s+");
            return Optional.of(new StoreCare.Compaction(Instant.parse(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2])));
        } catch (IOException | RuntimeException e) {
            LOG.warning("Cannot read " + f + ": " + e);
            return Optional.empty();
        }
    }

    static Path cleanCloseMarker(DataDirectory dir) {
        return dir.database().resolveSibling("closed-cleanly");
    }

    /** Removes the clean-close marker; true when the last run closed the database cleanly. */
    static boolean takeCleanCloseMarker(DataDirectory dir) {
        try {
            return Files.deleteIfExists(cleanCloseMarker(dir));
        } catch (IOException e) {
            return false;
        }
    }

    static void markClosedCleanly(Path marker) {
        try {
            Files.writeString(marker, "closed\n");
        } catch (IOException e) {
            LOG.warning("Cannot write " + marker + ": " + e.getMessage());
        }
    }

    /** Asks for a compaction when the database is next opened (the app holds it open now). */
    public static void requestCompaction(DataDirectory dir) {
        try {
            Path marker = dir.database().resolveSibling(COMPACT_MARKER);
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "requested\n");
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
        }
    }

    public static boolean compactionRequested(DataDirectory dir) {
        return Files.exists(dir.database().resolveSibling(COMPACT_MARKER));
    }

    /**
     * Compacts the closed database now (rewrite into a new file, then rename over the old one).
     * Returns the size before and after in bytes.
     */
    public static long[] compact(DataDirectory dir) {
        Path file = H2Store.file(dir.database());
        try {
            long before = Files.exists(file) ? Files.size(file) : 0;
            long start = System.nanoTime();
            H2Store.compact(dir.database());
            long after = Files.exists(file) ? Files.size(file) : 0;
            Files.deleteIfExists(dir.database().resolveSibling(COMPACT_MARKER));
            try {
                Files.writeString(dir.database().resolveSibling(LAST_COMPACTION),
                        Instant.now() + " " + before + " " + after + "\n");
            } catch (IOException e) {
                LOG.warning("Cannot record the compaction: " + e.getMessage()); // the compaction itself is done
            }
            LOG.info(() -> "Compacted the database from " + before + " to " + after + " bytes in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return new long[] {before, after};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw StoreErrors.translate(e);
        }
    }

    /** Size of the database file in bytes (0 when there is none yet). */
    public static long databaseBytes(DataDirectory dir) {
        try {
            Path file = H2Store.file(dir.database());
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Copies the damaged store aside into {@code db-damaged-<time>/} (nothing is deleted) and
     * returns the message for the user, naming the copy and the newest backup to restore.
     */
    static DamagedStoreException damaged(DataDirectory dir, Throwable cause) {
        LOG.log(Level.SEVERE, "The database failed its integrity check", cause);
        Path aside = dir.root().resolve("db-damaged-" + STAMP.format(Instant.now()));
        try {
            Files.createDirectories(aside);
            for (Path f : H2Store.files(dir.database())) {
                Files.copy(f, aside.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not copy the damaged database aside", e);
        }
        var newest = new Backups(dir).list().stream().findFirst();
        return new DamagedStoreException(cause, aside, newest.map(Backups.Backup::file).orElse(null),
                newest.map(Backups.Backup::madeAt).orElse(null));
    }
}
