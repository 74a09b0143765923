package id.humasdesk.logic.draft;

import java.nio.file.Path;

/** Photo files kept by content hash in the data directory. */
public interface MediaStore {
    /** Copies the file in (once per content) and returns its SHA-256 in hex. */
    String put(Path source, String extension);

    /** Where the stored file is; it may be missing if someone deleted it by hand. */
    Path path(String sha256, String extension);
}
