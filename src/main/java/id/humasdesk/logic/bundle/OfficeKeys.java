package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import id.humasdesk.model.Office;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The office's signing key: made at office setup, used to sign manifests, its public part
 * exported as a small file for headquarters, and rotated by announcing the next key in a bundle
 * signed by the current one.
 */
public final class OfficeKeys {
    private static final Logger LOG = Logger.getLogger(OfficeKeys.class.getName());
    private static final long MAX_KEY_FILE_BYTES = 16 * 1024;
    private final OfficeKeyStore store;

    public OfficeKeys(OfficeKeyStore store) {
        this.store = store;
    }

    /** The office-setup hook: a key pair for the new office, unless one exists already. */
    public void createFor(Office office) {
        if (store.load(OfficeKeyStore.Slot.CURRENT).isEmpty()) {
            store.save(OfficeKeyStore.Slot.CURRENT, Ed25519.generate());
            LOG.info(() -> "Signing key created for office " + office.code());
        }
    }

    public Optional<PublicKeyInfo> current() {
        return store.load(OfficeKeyStore.Slot.CURRENT).map(k -> Ed25519.info(k.getPublic()));
    }

    public Optional<PublicKeyInfo> next() {
        return store.load(OfficeKeyStore.Slot.NEXT).map(k -> Ed25519.info(k.getPublic()));
    }

    /** Signs with the current key and announces the next one while a rotation is pending. */
    public ManifestSigner signer() {
        KeyPair current = store.load(OfficeKeyStore.Slot.CURRENT)
                .orElseThrow(() -> new UserFacingException("bundle.key.missing"));
        PublicKeyInfo next = next().orElse(null);
        PublicKeyInfo info = Ed25519.info(current.getPublic());
        return new ManifestSigner() {
            @Override
            public PublicKeyInfo key() {
                return info;
            }

            @Override
            public PublicKeyInfo nextKey() {
                return next;
            }

            @Override
            public byte[] sign(byte[] manifest) {
                return Ed25519.sign(current.getPrivate(), manifest);
            }
        };
    }

    /** Starts a rotation: the next key goes out in the next bundle, then replaces the current. */
    public PublicKeyInfo startRotation() {
        if (store.load(OfficeKeyStore.Slot.CURRENT).isEmpty()) {
            throw new UserFacingException("bundle.key.missing");
        }
        KeyPair next = store.load(OfficeKeyStore.Slot.NEXT).orElseGet(() -> {
            KeyPair k = Ed25519.generate();
            store.save(OfficeKeyStore.Slot.NEXT, k);
            return k;
        });
        return Ed25519.info(next.getPublic());
    }

    /** After a bundle announcing the next key was written: the next key becomes the current one. */
    void completeRotation(PublicKeyInfo announced) {
        Optional<KeyPair> next = store.load(OfficeKeyStore.Slot.NEXT);
        if (next.isPresent() && Ed25519.info(next.get().getPublic()).equals(announced)) {
            store.save(OfficeKeyStore.Slot.CURRENT, next.get());
            store.delete(OfficeKeyStore.Slot.NEXT);
            LOG.info(() -> "Signing key rotated to " + announced.fingerprint());
        }
    }

    /** Writes the public key file headquarters registers with {@code key trust}. */
    public void exportPublicKey(Office office, Path out) {
        PublicKeyInfo key = current().orElseThrow(() -> new UserFacingException("bundle.key.missing"));
        Map<String, Object> o = NinjsMapper.obj("code", office.code(), "name", office.name(),
                "level", office.level().name(), "zone", office.zone().getId());
        if (office.province() != null) {
            o.put("province", office.province().name());
        }
        Map<String, Object> file = NinjsMapper.obj("format", BundleFormat.KEY_FILE_FORMAT, "office", o,
                "key", key.toMap());
        file.put("version", 1);
        writeAtomically(out, CanonicalJson.write(file));
    }

    /** Reads an office's public key file (from outside: size-capped and schema-checked). */
    public static TrustedKey readKeyFile(Path file, Instant now, String trustedBy) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_KEY_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "bundle.verify.fileNotFound", file.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.trust.keyFileInvalid", file.toString());
        }
        JsonNode n;
        try {
            if (bytes.length > MAX_KEY_FILE_BYTES) {
                throw new IOException("too large");
            }
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            n = CanonicalJson.read(bytes);
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.trust.keyFileInvalid", file.toString());
        }
        if (n == null || BundleSchemas.get().checkOfficeKey(n).isPresent()) {
            throw new UserFacingException("bundle.trust.keyFileInvalid", file.toString());
        }
        JsonNode k = n.path("key");
        PublicKeyInfo key = new PublicKeyInfo(k.path("algorithm").asText(), k.path("publicKey").asText(),
                k.path("fingerprint").asText());
        boolean matches = Ed25519.publicKey(key.publicKey())
                .map(p -> Ed25519.fingerprint(p.getEncoded()).equals(key.fingerprint())).orElse(false);
        if (!matches) {
            throw new UserFacingException("bundle.verify.keyMalformed");
        }
        JsonNode o = n.path("office");
        return new TrustedKey(o.path("code").asText(), o.path("name").asText(), o.path("level").asText(),
                o.path("zone").asText(), key, now, trustedBy);
    }

    static void writeAtomically(Path out, byte[] bytes) {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + out.getFileName() + "-", ".part");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.export.writeFailed", out.toString());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // never under the final name
                }
            }
        }
    }
}
