package id.humasdesk.logic.bundle;

/**
 * Decides whether a manifest's signature comes from the key pinned for the office it names.
 * Throws a {@link id.humasdesk.model.UserFacingException} with the specific reason otherwise.
 */
@FunctionalInterface
public interface KeyTrust {
    void check(Manifest manifest, byte[] manifestBytes, byte[] signature);
}
