package id.humasdesk.logic.bundle;

import java.util.List;
import java.util.UUID;

/**
 * What an import did. When any file was rejected nothing was written and only {@code rejected}
 * is filled; otherwise the counts are per release version.
 */
public record ImportResult(int bundles, int added, int updated, int unchanged, int conflicts,
        List<Rejection> rejected, List<Gap> gaps, List<Rotation> rotations) {

    /** A file that failed verification, with the message key and arguments saying why. */
    public record Rejection(String file, String messageKey, Object[] arguments) {
    }

    /** An office's bundle whose predecessor never arrived. */
    public record Gap(String officeCode, UUID bundleId, UUID missingPreviousId) {
    }

    /** A key rotation headquarters followed. */
    public record Rotation(String officeCode, String newFingerprint) {
    }

    public boolean ok() {
        return rejected.isEmpty();
    }
}
