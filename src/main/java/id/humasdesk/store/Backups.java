package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.maintenance.BackupRetention;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backups of the database in {@code <data dir>/backups/}: consistent online copies made with H2's
 * {@code BACKUP TO}, written under a temporary name and renamed when complete. A restore is staged
 * and applied at the next start, before the database opens (decision note 0019).
 */
public final class Backups {
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final Pattern NAME = Pattern.compile("humasdesk-(\\d{8}-\\d{6})\\.zip");
    private static final String STAGED = "restore-at-next-start";
    private static final byte[] H2_HEADER = "H:2,".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final DataDirectory dir;

    public Backups(DataDirectory dir) {
        this.dir = dir;
    }

    /** One backup file. */
    public record Backup(Path file, Instant madeAt, long bytes) {
    }

    public Path folder() {
        return dir.root().resolve("backups");
    }

    /** Every complete backup, newest first. */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return out;
        }
        try (var s = Files.list(folder())) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    try {
                        out.add(new Backup(p, Instant.from(StoreFiles.STAMP.parse(m.group(1))), Files.size(p)));
                    } catch (DateTimeParseException | IOException e) {
                        // not one of ours, or gone meanwhile
                    }
                }
            }
        } catch (IOException e) {
            LOG.warning("Cannot list backups: " + e.getMessage());
        }
        out.sort(Comparator.comparing(Backup::madeAt).reversed());
        return out;
    }

    /** Whether there is no backup yet from the calendar day of {@code now} in {@code zone}. */
    public boolean dueOn(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return list().stream().noneMatch(b -> LocalDate.ofInstant(b.madeAt(), zone).equals(today));
    }

    /** Makes a backup of the open database now; complete or absent, never half-written. */
    public Backup make(Database db, Instant now) {
        try {
            Files.createDirectories(folder());
            Path target = folder().resolve("humasdesk-" + StoreFiles.STAMP.format(now) + ".zip");
            Path part = folder().resolve("." + target.getFileName() + ".part");
            try (var old = Files.list(folder())) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    if (p.getFileName().toString().endsWith(".zip.part")) {
                        Files.deleteIfExists(p); // left by a backup that was killed
                    }
                }
            }
            db.with(c -> {
                H2Store.backupTo(c, part);
                return null;
            });
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            checkReadable(part);
            AtomicFiles.publish(part, target);
            LOG.info(() -> "Backup written: " + target);
            return new Backup(target, now, Files.size(target));
        } catch (IOException e) {
            throw StoreErrors.translate(e);
        }
    }

    /**
     * Deletes backups beyond the newest of each of the last days and of each of the last ISO weeks
     * that have one ({@link BackupRetention}). Returns the deleted files.
     */
    public List<Path> prune(ZoneId zone) {
        List<Backup> all = list();
        List<BackupRetention.BackupKind> kinds = BackupRetention.classify(all.stream().map(Backup::madeAt).toList(), zone);
        List<Path> deleted = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Backup b = all.get(i);
            if (kinds.get(i) == BackupRetention.BackupKind.EXTRA) {
                try {
                    Files.deleteIfExists(b.file());
                    deleted.add(b.file());
                } catch (IOException e) {
                    LOG.warning("Cannot delete old backup " + b.file() + ": " + e.getMessage());
                }
            }
        }
        return deleted;
    }

    /** Free space in bytes where backups are written (the data directory's disk). */
    public long freeBytes() {
        try {
            Path where = Files.isDirectory(folder()) ? folder() : dir.root();
            return Files.getFileStore(where).getUsableSpace();
        } catch (IOException e) {
            LOG.warning("Cannot read the free space: " + e.getMessage());
            return Long.MAX_VALUE;
        }
    }

    /** Stages {@code zip} to replace the database at the next start (the app holds it open now). */
    public void stageRestore(Path zip) {
        long size = checkReadable(zip);
        long free = freeBytes();
        if (free < size) { // the restored file is written beside the store at the next start
            throw new UserFacingException("error.backup.noSpaceToRestore", free / (1024.0 * 1024.0),
                    size / (1024.0 * 1024.0));
        }
        try {
            Files.createDirectories(folder());
            Path marker = folder().resolve(STAGED);
            AtomicFiles.replace(marker, zip.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
        }
    }

    /** The backup staged for the next start, if any. */
    public Optional<Path> staged() {
        Path marker = folder().resolve(STAGED);
        try {
            return Files.exists(marker) ? Optional.of(Path.of(Files.readString(marker).trim()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void cancelStagedRestore() {
        try {
            Files.deleteIfExists(folder().resolve(STAGED));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
        }
    }

    /**
     * Applies a staged restore; called before the database opens. When the backup cannot be read
     * before anything was moved, the store stays as it is, the staging is dropped (or every start
     * would fail the same way) and the failure is logged; a failure after the current files were
     * moved aside keeps the staging, so the next start repeats the restore in full.
     */
    static Optional<StoreCare.Restored> applyStagedRestore(DataDirectory dir) {
        Backups b = new Backups(dir);
        Optional<Path> zip = b.staged();
        if (zip.isEmpty()) {
            return Optional.empty();
        }
        Path file = H2Store.file(dir.database());
        boolean hadStore = Files.exists(file);
        try {
            Path aside = b.restoreNow(zip.get());
            b.cancelStagedRestore();
            return Optional.of(new StoreCare.Restored(zip.get(), aside));
        } catch (UserFacingException e) {
            if (hadStore && Files.exists(file)) {
                LOG.log(Level.SEVERE, "Staged restore of " + zip.get() + " failed; the current database stays", e);
                b.cancelStagedRestore();
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Replaces the (closed) database with the one in {@code zip}. The current files are moved into
     * {@code db-before-restore-<time>/} first, so nothing is lost. Safe to repeat after a kill.
     * Returns the folder holding the previous files.
     */
    public Path restoreNow(Path zip) {
        checkReadable(zip);
        Path database = dir.database();
        Path file = H2Store.file(database);
        Path incoming = file.resolveSibling(file.getFileName() + ".restore");
        Path aside = dir.root().resolve("db-before-restore-" + StoreFiles.STAMP.format(Instant.now()));
        try {
            Files.createDirectories(file.getParent());
            extract(zip, H2Store.entryName(database), incoming);
            List<Path> current = H2Store.files(database).stream()
                    .filter(p -> !p.equals(incoming)).toList();
            if (!current.isEmpty()) {
                Files.createDirectories(aside);
                for (Path p : current) {
                    Files.move(p, aside.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.move(incoming, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.info(() -> "Restored the database from " + zip + "; previous files in " + aside);
            return aside;
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.restoreFailed", zip.toString());
        }
    }

    private static void extract(Path zip, String entry, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals(entry)) {
                    AtomicFiles.replace(target, AtomicFiles.Access.DEFAULT, z::transferTo);
                    return;
                }
            }
        }
        throw new IOException("No " + entry + " in " + zip);
    }

    /** Refuses a file that is not a complete backup of this app's database. */
    private long checkReadable(Path zip) {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            String want = H2Store.entryName(dir.database());
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals(want)) {
                    // An H2 store file starts with its header; reading to the end checks the zip's CRC.
                    byte[] head = z.readNBytes(H2_HEADER.length);
                    long n = head.length + z.transferTo(OutputStream.nullOutputStream());
                    if (java.util.Arrays.equals(head, H2_HEADER)) {
                        return n;
                    }
                }
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.notABackup", zip.toString());
        }
        throw new UserFacingException("error.backup.notABackup", zip.toString());
    }
}
