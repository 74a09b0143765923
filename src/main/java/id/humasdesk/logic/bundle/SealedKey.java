package id.humasdesk.logic.bundle;

import java.time.Instant;

/**
 * The office signing key as the shared database keeps it (decision 0611): the public part in the
 * clear, the private part (PKCS#8) only encrypted with AES-256-GCM under a key derived by
 * PBKDF2-HMAC-SHA256 from the office key passphrase, with this salt and iteration count. The
 * passphrase and the derived key are never stored.
 */
public record SealedKey(OfficeKeyStore.Slot slot, PublicKeyInfo key, int iterations, byte[] salt, byte[] nonce,
        byte[] sealedPrivate, Instant sealedAt, String sealedBy) {
}
