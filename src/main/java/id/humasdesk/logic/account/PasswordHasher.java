package id.humasdesk.logic.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt. The iteration count is stored in each hash, so it
 * can grow later without invalidating old passwords. Format: {@code pbkdf2-sha256$iter$salt$hash}.
 */
public final class PasswordHasher {
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final Kdf kdf;
    private final byte[] dummySalt = new byte[16];

    /** The key derivation itself; tests count its calls and iterations. */
    @FunctionalInterface
    interface Kdf {
        byte[] derive(char[] password, byte[] salt, int iterations);
    }

    public PasswordHasher(int iterations) {
        this(iterations, PasswordHasher::derive);
    }

    PasswordHasher(int iterations, Kdf kdf) {
        this.iterations = iterations;
        this.kdf = kdf;
        random.nextBytes(dummySalt);
    }

    /** Uses {@value #DEFAULT_ITERATIONS}, or the system property the test suite lowers for speed. */
    public static PasswordHasher standard() {
        return new PasswordHasher(Integer.getInteger("humasdesk.pbkdf2.iterations", DEFAULT_ITERATIONS));
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] dk = kdf.derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(dk);
    }

    /**
     * Whether the password matches the stored hash. Always costs one full derivation, also when
     * there is no hash (unknown user) or it cannot be read, so the answer time tells nothing.
     */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        byte[] salt;
        byte[] expected;
        int iter;
        try {
            if (parts.length != 4 || !PREFIX.equals(parts[0])) {
                throw new IllegalArgumentException("not a PBKDF2 hash");
            }
            iter = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            expected = Base64.getDecoder().decode(parts[3]);
            if (iter < 1) {
                throw new IllegalArgumentException("iterations");
            }
        } catch (IllegalArgumentException e) {
            kdf.derive(password == null ? new char[0] : password, dummySalt, iterations);
            return false;
        }
        byte[] actual = kdf.derive(password, salt, iter);
        return MessageDigest.isEqual(expected, actual);
    }

    static byte[] derive(char[] password, byte[] salt, int iter) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iter, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
