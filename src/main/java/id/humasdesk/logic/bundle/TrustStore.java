package id.humasdesk.logic.bundle;

import java.util.Optional;

/** Pinned office keys: one active key per office code; replaced keys are kept as retired. */
public interface TrustStore {
    Optional<TrustedKey> active(String officeCode);

    /** The office whose active key has this fingerprint, if any. */
    Optional<TrustedKey> activeByFingerprint(String fingerprint);

    /** Makes this the office's active key; its earlier key is retired at the same instant. */
    void pin(TrustedKey key);
}
