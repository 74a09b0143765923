package id.humasdesk.logic.bundle;

import java.util.Map;

/** An office's public key as it travels: algorithm, X.509 bytes in base64, SHA-256 fingerprint. */
public record PublicKeyInfo(String algorithm, String publicKey, String fingerprint) {
    public static final String ED25519 = "Ed25519";

    Map<String, Object> toMap() {
        return NinjsMapper.obj("algorithm", algorithm, "publicKey", publicKey, "fingerprint", fingerprint);
    }

    /** The fingerprint in groups of four, easier to read aloud on the phone. */
    public String displayFingerprint() {
        return Ed25519.group(fingerprint);
    }
}
