package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The per-user folder that holds the database, photos and logs. One process at a time: the lock is
 * taken before the database is touched, so a second instance gets a clear message instead of
 * fighting over the files.
 */
public final class DataDirectory implements AutoCloseable {
    private final Path root;
    private FileChannel lockChannel;
    private FileLock lock;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve("db").resolve("humasdesk");
    }

    public Path media() {
        return root.resolve("media");
    }

    /** The search index: derived from the database, rebuilt when missing or unreadable. */
    public Path index() {
        return root.resolve("index");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /**
     * This PC's stable id among the PCs of an office (one per data directory, made at first use):
     * the search index follows the shared outbox under it (decision note 0603). Written to a
     * temporary file, synced and renamed, so a crash leaves either no id or a whole one.
     */
    public synchronized String pcId() {
        Path file = root.resolve("pc-id");
        try {
            if (Files.isRegularFile(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (id.matches("[0-9a-f-]{36}")) {
                    return id;
                }
            }
            String id = UUID.randomUUID().toString();
            byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file)) {
                AtomicFiles.replace(file, bytes); // damaged: a new id
            } else if (!AtomicFiles.create(file, AtomicFiles.Access.DEFAULT, out -> out.write(bytes))) {
                return Files.readString(file, StandardCharsets.UTF_8).trim(); // another process was first
            }
            return id;
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", root.toString());
        }
    }

    public boolean hasDatabase() {
        return Files.exists(root.resolve("db").resolve("humasdesk.mv.db"));
    }

    /** Creates the folders and takes the single-instance lock. */
    public void lock() {
        try {
            Files.createDirectories(root);
            Files.createDirectories(media());
            Files.createDirectories(logs());
            lockChannel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", root.toString());
        }
        if (lock == null) {
            closeQuietly();
            throw new UserFacingException("error.dataDir.inUse", root.toString());
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
        lock = null;
        lockChannel = null;
    }
}
