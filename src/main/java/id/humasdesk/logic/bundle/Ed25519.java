package id.humasdesk.logic.bundle;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys and signatures from the JDK, and the encodings the bundle format uses. */
public final class Ed25519 {
    public static final int SIGNATURE_BYTES = 64;

    private Ed25519() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with an Ed25519 key", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public static PublicKeyInfo info(PublicKey key) {
        byte[] der = key.getEncoded();
        return new PublicKeyInfo(PublicKeyInfo.ED25519, Base64.getEncoder().encodeToString(der), fingerprint(der));
    }

    /** Decodes a base64 X.509 public key; empty answer for anything that is not an Ed25519 key. */
    public static java.util.Optional<PublicKey> publicKey(String base64) {
        try {
            return java.util.Optional.of(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    public static String fingerprint(byte[] der) {
        return HexFormat.of().formatHex(sha256(der));
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String group(String hex) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(hex, i, Math.min(hex.length(), i + 4));
        }
        return sb.toString();
    }
}
