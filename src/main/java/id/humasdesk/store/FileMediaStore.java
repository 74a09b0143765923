package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Photos under {@code media/<sha256>.<ext>}: copied via a temporary file, so never half-written. */
public final class FileMediaStore implements MediaStore {
    private final Path root;

    public FileMediaStore(Path root) {
        this.root = root;
    }

    @Override
    public String put(Path source, String extension) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path part = AtomicFiles.writeBeside(root.resolve("incoming"), AtomicFiles.Access.DEFAULT, out -> {
                try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha)) {
                    in.transferTo(out);
                }
            });
            String hex = HexFormat.of().formatHex(sha.digest());
            try {
                AtomicFiles.publishIfAbsent(part, path(hex, extension)); // or the same bytes are there already
            } finally {
                AtomicFiles.deleteQuietly(part);
            }
            return hex;
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (msg.contains("no space")) {
                throw new UserFacingException(e, "error.store.diskFull");
            }
            throw new UserFacingException(e, "error.photo.unreadable", source.getFileName().toString());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Path path(String sha256, String extension) {
        if (!sha256.matches("[0-9a-f]{64}") || !extension.matches("[a-z]{2,4}")) {
            throw new IllegalArgumentException("Not a media key: " + sha256 + "." + extension);
        }
        return root.resolve(sha256 + "." + extension);
    }
}
