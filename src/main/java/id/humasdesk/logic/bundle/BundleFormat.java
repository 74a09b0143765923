package id.humasdesk.logic.bundle;

import java.util.UUID;
import java.util.regex.Pattern;

/** Names and fixed values of the bundle format (see DESIGN.md, "The bundle", and decision 0300). */
public final class BundleFormat {
    public static final String NAME = "humasdesk-bundle";
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String ITEMS_DIR = "items/";
    public static final String MEDIA_DIR = "media/";
    public static final String FILE_SUFFIX = ".humas.zip";
    public static final String KEY_FILE_FORMAT = "humasdesk-office-key";

    /** Every path a bundle may contain besides the manifest and its signature. */
    public static final Pattern ITEM_PATH = Pattern.compile(
            "items/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.json");
    public static final Pattern MEDIA_PATH = Pattern.compile("media/([0-9a-f]{64})\\.(jpg|png)");

    private BundleFormat() {
    }

    public static String itemPath(UUID releaseId) {
        return ITEMS_DIR + releaseId + ".json";
    }

    public static String mediaPath(String sha256, String extension) {
        return MEDIA_DIR + sha256 + "." + extension;
    }

    public static String mediaType(String extension) {
        return "png".equals(extension) ? "image/png" : "image/jpeg";
    }
}
