package id.humasdesk.logic.bundle;

/**
 * How much a bundle may hold. Export refuses to write more, verify refuses to read more. The
 * uncompressed total and the ratio guard against zip bombs; they are far above what real
 * releases need (JSON compresses about 4:1, photos hardly at all).
 */
public record BundleLimits(long maxBundleBytes, long maxPhotoBytes, int maxItems, long maxItemBytes,
        long maxManifestBytes, long maxUncompressedBytes, int maxCompressionRatio) {

    public static final BundleLimits DEFAULT = new BundleLimits(200L << 20, 20L << 20, 10_000, 2L << 20, 16L << 20,
            1L << 30, 100);

    public BundleLimits withMaxBundleBytes(long v) {
        return new BundleLimits(v, maxPhotoBytes, maxItems, maxItemBytes, maxManifestBytes, maxUncompressedBytes,
                maxCompressionRatio);
    }

    public BundleLimits withMaxPhotoBytes(long v) {
        return new BundleLimits(maxBundleBytes, v, maxItems, maxItemBytes, maxManifestBytes, maxUncompressedBytes,
                maxCompressionRatio);
    }

    public BundleLimits withMaxItems(int v) {
        return new BundleLimits(maxBundleBytes, maxPhotoBytes, v, maxItemBytes, maxManifestBytes, maxUncompressedBytes,
                maxCompressionRatio);
    }

    public BundleLimits withMaxUncompressedBytes(long v) {
        return new BundleLimits(maxBundleBytes, maxPhotoBytes, maxItems, maxItemBytes, maxManifestBytes, v,
                maxCompressionRatio);
    }
}
