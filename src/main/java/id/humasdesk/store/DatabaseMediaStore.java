package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photos in the database table {@code media_blob}, keyed by SHA-256 and stored once (decision
 * 0610), with this PC's copies as files under {@code media/<sha256>.<ext>} in the data directory.
 * Bytes move between file and database as JDBC streams, never as one byte array in this code.
 * Both embedded H2 and a server use this one class; the files are a cache that can be deleted.
 */
public final class DatabaseMediaStore implements MediaStore {
    private static final Logger LOG = Logger.getLogger(DatabaseMediaStore.class.getName());
    private static final Pattern FILE = Pattern.compile("([0-9a-f]{64})\\.(png|jpg)");
    /** Written in the cache folder once every file found there is in the database. */
    static final String ADOPTED_MARKER = ".in-database";
    private final Database db;
    private final FileMediaStore files;
    private final Path cache;
    private final Clock clock;

    public DatabaseMediaStore(Database db, Path cache, Clock clock) {
        this.db = db;
        this.files = new FileMediaStore(cache);
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public String put(Path source, String extension) {
        // Copy to the cache first (hashing on the way): the bytes stored are the bytes hashed,
        // whatever happens to the source meanwhile.
        String sha = files.put(source, extension);
        Path local = files.path(sha, extension);
        try {
            store(sha, extension, local);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.photo.unreadable", source.getFileName().toString());
        }
        return sha;
    }

    @Override
    public Path path(String sha256, String extension) {
        return files.path(sha256, extension);
    }

    @Override
    public Path local(String sha256, String extension) {
        Path target = files.path(sha256, extension);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            fetch(sha256, target);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Photo " + sha256 + " could not be copied from the database", e);
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("no space")) {
                throw new UserFacingException(e, "error.store.diskFull");
            }
        }
        return target;
    }

    /** True when the office's store holds this content. */
    public boolean contains(String sha256) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT 1 FROM media_blob WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (var rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Puts the photo files this PC kept before photos moved into the database (and any file that
     * is only here) into the database; for start-up. Each file is its own commit and a file already
     * there is skipped, so a kill at any point is finished by the next start; a file whose content
     * does not match its name is left out and logged. Once a pass found nothing left, a marker file
     * stops later starts from looking again. Returns how many files were added.
     */
    public int adoptLocalFiles() {
        if (!Files.isDirectory(cache) || Files.exists(cache.resolve(ADOPTED_MARKER))) {
            return 0;
        }
        long start = System.nanoTime();
        int added = 0;
        int damaged = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(cache)) {
            for (Path f : dir) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(f) || contains(m.group(1))) {
                    continue;
                }
                if (!m.group(1).equals(sha256(f))) {
                    damaged++;
                    LOG.warning(() -> "Photo file " + f + " does not match its SHA-256: not put into the database");
                    continue;
                }
                if (store(m.group(1), m.group(2), f)) {
                    added++;
                }
            }
            Files.writeString(cache.resolve(ADOPTED_MARKER), "photos of this folder are in the database\n");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Photos of " + cache + " not all put into the database; next start tries again", e);
        }
        int a = added;
        int d = damaged;
        if (a > 0 || d > 0) {
            LOG.info(() -> "Put " + a + " photo file(s) of this PC into the database in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms (" + d + " damaged, left out)");
        }
        return added;
    }

    /** Inserts the content unless the database has it already; true when this call added it. */
    private boolean store(String sha, String extension, Path file) throws IOException {
        if (contains(sha)) {
            return false;
        }
        long size = Files.size(file);
        String type = "png".equals(extension) ? "image/png" : "image/jpeg";
        try {
            return insert(sha, type, size, file);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private boolean insert(String sha, String type, long size, Path file) {
        return db.inTransaction(() -> db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO media_blob (sha256, media_type, byte_size, content, "
                    + "stored_at) VALUES (?, ?, ?, ?, ?)"); InputStream in = Files.newInputStream(file)) {
                ps.setString(1, sha);
                ps.setString(2, type);
                ps.setLong(3, size);
                ps.setBinaryStream(4, in, size);
                Jdbc.setInstant(ps, 5, clock.instant());
                // Another PC stored the same photo at the same moment: it is there, which is the point.
                return Jdbc.insertOr(c, x -> ps.executeUpdate() == 1, x -> false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    /** Streams the content into a temporary file beside the target, checks its hash, renames it. */
    private void fetch(String sha, Path target) throws IOException {
        Files.createDirectories(cache);
        MessageDigest digest = newDigest();
        boolean[] found = {false};
        Path part;
        try {
            part = AtomicFiles.writeBeside(target, AtomicFiles.Access.DEFAULT, out -> found[0] = db.with(c -> {
                try (var ps = c.prepareStatement("SELECT content FROM media_blob WHERE sha256 = ?")) {
                    ps.setString(1, sha);
                    try (var rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return false;
                        }
                        try (InputStream in = rs.getBinaryStream(1)) {
                            in.transferTo(new DigestOutputStream(out, digest));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return true;
                    }
                }
            }));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            if (!found[0]) {
                return;
            }
            String got = HexFormat.of().formatHex(digest.digest());
            if (!got.equals(sha)) {
                LOG.warning(() -> "Photo " + sha + " in the database has other content (" + got + "): not used");
                return;
            }
            AtomicFiles.publishIfAbsent(part, target); // or another thread fetched it first: same content
        } finally {
            AtomicFiles.deleteQuietly(part);
        }
    }

    private static String sha256(Path f) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
