package id.humasdesk.logic.common;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way to write a file so that a kill or a power cut at any moment leaves either the old
 * file or the new one whole, never a mix: the content goes into a {@code .part} file beside the
 * target, is forced to disk, renamed over the target in one step, and the folder is forced so the
 * rename itself is on disk (decision 0042). Every store file, key, preference, output and bundle is
 * written through here.
 */
public final class AtomicFiles {
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());
    /** Ending of every temporary file written here. */
    public static final String PART_SUFFIX = ".part";
    private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------"));

    private AtomicFiles() {
    }

    /** What goes into the file; closing the stream it gets is allowed and leaves the file open. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Who may read the new file: the system's default, or only its owner (POSIX rw------- or a Windows ACL). */
    public enum Access {
        DEFAULT, OWNER_ONLY
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        replace(target, Access.DEFAULT, out -> out.write(bytes));
    }

    /** Replaces {@code target} with what {@code content} writes. */
    public static void replace(Path target, Access access, Content content) throws IOException {
        Path part = writeBeside(target, access, content);
        try {
            publish(part, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /**
     * Creates {@code target} with what {@code content} writes unless it exists already; an existing
     * file, even one another process created a moment ago, is kept. True when this call created it.
     */
    public static boolean create(Path target, Access access, Content content) throws IOException {
        return publishIfAbsent(writeBeside(target, access, content), target);
    }

    /**
     * Writes a new, uniquely named {@code .part} file in {@code target}'s folder (created if missing),
     * forced to disk; deleted again if writing fails. Hand it to {@link #publish} or
     * {@link #publishIfAbsent}, or delete it.
     */
    public static Path writeBeside(Path target, Access access, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path part = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + PART_SUFFIX);
        boolean posix = access == Access.OWNER_ONLY
                && Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
        FileAttribute<?>[] attrs = posix ? new FileAttribute<?>[] {OWNER_ONLY} : new FileAttribute<?>[0];
        boolean done = false;
        try (FileChannel ch = FileChannel.open(part, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), attrs)) {
            if (access == Access.OWNER_ONLY && !posix) {
                ownerOnlyAcl(part); // Windows: before a byte of the secret is written
            }
            writeAndForce(ch, content);
            done = true;
        } finally {
            if (!done) {
                deleteQuietly(part);
            }
        }
        return part;
    }

    /**
     * Writes {@code part} (a fixed name a caller can find again after a crash) from scratch and
     * forces it to disk. Publish it with {@link #publish}.
     */
    public static void writePart(Path part, Content content) throws IOException {
        Files.createDirectories(part.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(part, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING))) {
            writeAndForce(ch, content);
        }
    }

    private static void ownerOnlyAcl(Path p) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(p);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }

    private static void writeAndForce(FileChannel ch, Content content) throws IOException {
        OutputStream channel = Channels.newOutputStream(ch);
        content.writeTo(new FilterOutputStream(channel) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                channel.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the channel stays open until it is forced
            }
        });
        ch.force(true);
    }

    /**
     * Renames a finished part file over {@code target} in one step and forces the folder. A file
     * system that cannot rename atomically (rare: some network shares) gets a plain replacing move,
     * logged; the part file was forced first, so the content is whole either way. A failed rename
     * leaves the part file to the caller.
     */
    public static void publish(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warning("No atomic rename for " + target + "; replacing it with a plain move");
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Gives a finished part file the name {@code target} unless that exists; the part file is gone
     * afterwards. A hard link refuses an existing name atomically, so two processes creating the
     * same file cannot both win; where links are not supported the move checks first.
     */
    public static boolean publishIfAbsent(Path part, Path target) throws IOException {
        try {
            try {
                Files.createLink(target, part);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target)) {
                    return false;
                }
                LOG.log(Level.FINE, "No hard link for " + target + "; moving instead", e);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
            forceFolder(target.toAbsolutePath().getParent());
            return true;
        } finally {
            deleteQuietly(part);
        }
    }

    /** Makes a rename or delete in {@code folder} durable; a system that cannot open folders (Windows) skips it. */
    public static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Folder sync not supported here", e);
        }
    }

    /** Removes a part file that will not be published; a leftover never has the final name anyway. */
    public static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot delete " + part, e);
        }
    }
}
