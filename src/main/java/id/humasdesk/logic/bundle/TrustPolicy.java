package id.humasdesk.logic.bundle;

import id.humasdesk.model.UserFacingException;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a manifest's signature against the key pinned for the office it claims to come from
 * (never against the key the manifest carries). This workstation's own key counts as pinned for
 * its own office. An overlay lets one import run follow a key rotation announced by an earlier
 * bundle of the same run.
 */
public final class TrustPolicy implements KeyTrust {
    private final TrustStore store;
    private final String ownOfficeCode;
    private final PublicKeyInfo ownKey;
    private final Map<String, PublicKeyInfo> overlay = new java.util.concurrent.ConcurrentHashMap<>();

    public TrustPolicy(TrustStore store, String ownOfficeCode, PublicKeyInfo ownKey) {
        this.store = store;
        this.ownOfficeCode = ownOfficeCode;
        this.ownKey = ownKey;
    }

    /** From now on in this run, the office's bundles must be signed with {@code next}. */
    public void rotate(String officeCode, PublicKeyInfo next) {
        overlay.put(officeCode, next);
    }

    @Override
    public void check(Manifest m, byte[] manifestBytes, byte[] signature) {
        String code = m.office().code();
        PublicKeyInfo pinned = pinned(code).orElseThrow(() ->
                new UserFacingException("bundle.verify.officeNotTrusted", code));
        PublicKeyInfo claimed = m.key();
        Optional<PublicKey> claimedKey = Ed25519.publicKey(claimed.publicKey());
        if (claimedKey.isEmpty() || !Ed25519.fingerprint(claimedKey.get().getEncoded()).equals(claimed.fingerprint())) {
            throw new UserFacingException("bundle.verify.keyMalformed");
        }
        if (!claimed.fingerprint().equals(pinned.fingerprint())) {
            Optional<TrustedKey> other = store.activeByFingerprint(claimed.fingerprint())
                    .filter(t -> !t.officeCode().equals(code));
            if (other.isPresent()) {
                throw new UserFacingException("bundle.verify.keyOfOtherOffice", code, other.get().officeCode());
            }
            if (ownKey != null && claimed.fingerprint().equals(ownKey.fingerprint())) {
                throw new UserFacingException("bundle.verify.keyOfOtherOffice", code, ownOfficeCode);
            }
            throw new UserFacingException("bundle.verify.keyNotPinned", code, claimed.displayFingerprint(),
                    pinned.displayFingerprint());
        }
        PublicKey key = Ed25519.publicKey(pinned.publicKey()).orElseThrow(() ->
                new UserFacingException("bundle.verify.keyMalformed"));
        if (!Ed25519.verify(key, manifestBytes, signature)) {
            throw new UserFacingException("bundle.verify.signatureInvalid");
        }
        if (m.nextKey() != null) {
            Optional<PublicKey> next = Ed25519.publicKey(m.nextKey().publicKey());
            if (next.isEmpty() || !Ed25519.fingerprint(next.get().getEncoded()).equals(m.nextKey().fingerprint())) {
                throw new UserFacingException("bundle.verify.keyMalformed");
            }
        }
    }

    private Optional<PublicKeyInfo> pinned(String code) {
        if (overlay.containsKey(code)) {
            return Optional.of(overlay.get(code));
        }
        if (ownKey != null && code.equals(ownOfficeCode)) {
            return Optional.of(ownKey);
        }
        return store.active(code).map(TrustedKey::key);
    }
}
