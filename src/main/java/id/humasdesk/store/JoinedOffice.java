package id.humasdesk.store;

import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The join code a PC joined its office with, remembered in the data directory
 * ({@code joined-office.code}, readable only by the OS user where the file system allows it), so
 * that the app and every command use the hosted office from then on (decision note 0620).
 */
public final class JoinedOffice {
    static final String FILE = "joined-office.code";

    private JoinedOffice() {
    }

    public static Optional<JoinCode> load(DataDirectory dir) {
        Path f = dir.root().resolve(FILE);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JoinCode.parse(Files.readString(f, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
        }
    }

    public static void save(DataDirectory dir, JoinCode code) {
        Path f = dir.root().resolve(FILE);
        Path part = dir.root().resolve("." + FILE + ".part");
        try {
            Files.createDirectories(dir.root());
            Files.deleteIfExists(part);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(part, code.text() + "\n", StandardCharsets.US_ASCII);
            Files.move(part, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
        }
    }
}
