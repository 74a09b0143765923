package id.humasdesk.logic.bundle;

import id.humasdesk.model.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens the office's private key with a passphrase, using the JDK only: PBKDF2 with
 * HMAC-SHA256 (salt 16 bytes) derives an AES-256 key; AES-GCM (nonce 12 bytes, tag 128 bits)
 * encrypts the PKCS#8 private key, with the public key as associated data, so a sealed private key
 * cannot be paired with another public key without failing to open.
 */
public final class KeySeal {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 s on an office PC (STACK.md). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Shorter passphrases are refused when sealing. */
    public static final int MIN_PASSPHRASE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String AAD_PREFIX = "humasdesk-office-key-1|";

    private KeySeal() {
    }

    /** The iteration count for new seals: the default, or {@code humasdesk.keyseal.iterations} (tests). */
    public static int iterations() {
        return Integer.getInteger("humasdesk.keyseal.iterations", DEFAULT_ITERATIONS);
    }

    /** The key the passphrase and salt derive; the passphrase itself is not kept. */
    public static SecretKey derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            try {
                return new SecretKeySpec(k, "AES");
            } finally {
                Arrays.fill(k, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** Seals a key pair under an already derived key (the same salt and count go with it). */
    public static SealedKey seal(KeyPair pair, SecretKey key, byte[] salt, int iterations, OfficeKeyStore.Slot slot,
            Instant at, String by) {
        PublicKeyInfo info = Ed25519.info(pair.getPublic());
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] plain = pair.getPrivate().getEncoded();
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(aad(info));
            return new SealedKey(slot, info, iterations, salt.clone(), nonce, c.doFinal(plain), at, by);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Opens a sealed key; a wrong passphrase (or altered row) is {@code bundle.key.wrongPassphrase}. */
    public static KeyPair open(SealedKey sealed, SecretKey key) {
        byte[] plain = null;
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed.nonce()));
            c.updateAAD(aad(sealed.key()));
            plain = c.doFinal(sealed.sealedPrivate());
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            KeyPair pair = new KeyPair(kf.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(sealed.key().publicKey()))), Ed25519.privateKey(plain));
            if (!Ed25519.verify(pair.getPublic(), aad(sealed.key()), Ed25519.sign(pair.getPrivate(),
                    aad(sealed.key())))) {
                throw new UserFacingException("bundle.key.sealedUnreadable");
            }
            return pair;
        } catch (AEADBadTagException e) {
            throw new UserFacingException(e, "bundle.key.wrongPassphrase");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UserFacingException(e, "bundle.key.sealedUnreadable");
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static byte[] aad(PublicKeyInfo info) {
        return (AAD_PREFIX + info.publicKey()).getBytes(StandardCharsets.US_ASCII);
    }
}
