package id.humasdesk.logic.common;

import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a command or dialog may write a file it is asked to write (a bundle, a key file). Every
 * writer checks its target here first: a file the user names is never overwritten unless asked
 * ({@code --force}, or a save dialog that already asked), a folder is never replaced, and nothing
 * is ever written into the data directory's own stores ({@code db/}, {@code keys/}, {@code media/},
 * {@code index/}) whatever the flag, also not through a symbolic link. The writers themselves write
 * a temporary file and rename it into place.
 */
public final class OutputFiles {
    /** Folders of the data directory that only the store writes. */
    public static final List<String> PROTECTED = List.of("db", "keys", "media", "index");

    private OutputFiles() {
    }

    /** The absolute target, or a refusal saying why it may not be written. */
    public static Path check(Path target, Path dataDirectory, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        Path real = realLocation(abs);
        if (dataDirectory != null) {
            Path data = realLocation(dataDirectory.toAbsolutePath().normalize());
            for (String name : PROTECTED) {
                if (real.startsWith(data.resolve(name)) || abs.startsWith(dataDirectory.toAbsolutePath().normalize()
                        .resolve(name))) {
                    throw new UserFacingException("error.output.protected", abs.toString(), name);
                }
            }
        }
        if (Files.isDirectory(abs)) {
            throw new UserFacingException("error.output.isFolder", abs.toString());
        }
        if (!force && (Files.exists(abs, LinkOption.NOFOLLOW_LINKS))) {
            throw new UserFacingException("error.output.exists", abs.toString());
        }
        return abs;
    }

    /**
     * Where the path really is: symbolic links of the file and of its nearest existing parent
     * resolved, the rest (folders still to be created) appended.
     */
    static Path realLocation(Path abs) {
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
