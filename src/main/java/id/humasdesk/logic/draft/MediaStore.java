package id.humasdesk.logic.draft;

import java.nio.file.Path;

/**
 * Photos (and logo and signature images) kept once per content, by SHA-256. The office's copy is
 * in the database, so every PC sees every photo (decision 0610); each PC keeps a local copy under
 * its data directory for rendering and export.
 */
public interface MediaStore {
    /** Stores the file (once per content) and returns its SHA-256 in hex. */
    String put(Path source, String extension);

    /**
     * Where this PC's local copy of a photo is or would be. No I/O: the file may be missing (not
     * fetched yet, or deleted by hand); {@link #local} makes sure it is there.
     */
    Path path(String sha256, String extension);

    /**
     * This PC's local copy of a photo, fetched from the office's store first when it is missing
     * here. Blocking (database and file I/O): never on the FX thread. When the office has no such
     * photo either, the returned path does not exist.
     */
    default Path local(String sha256, String extension) {
        return path(sha256, extension);
    }
}
