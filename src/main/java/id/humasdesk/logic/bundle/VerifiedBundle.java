package id.humasdesk.logic.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A bundle that passed every check: its manifest, its items read back, and (when the caller asked
 * for them) the photos copied to temporary files, by bundle path. The caller deletes those.
 */
public record VerifiedBundle(Path file, long fileSize, String fileSha256, Manifest manifest,
        List<ReceivedItem> items, Map<String, Path> photos) {

    public int photoCount() {
        return (int) manifest.files().stream().filter(f -> f.path().startsWith(BundleFormat.MEDIA_DIR)).count();
    }
}
