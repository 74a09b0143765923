package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try {
            AtomicFiles.replace(f, AtomicFiles.Access.OWNER_ONLY,
                    out -> out.write((code.text() + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
        }
    }
}
