package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.model.Office;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.crypto.SecretKey;

/**
 * The office's signing key: made at office setup, used to sign manifests, its public part
 * exported as a small file for headquarters, and rotated by announcing the next key in a bundle
 * signed by the current one.
 *
 * <p>Where the private key lives (decision 0611): on an office with one PC (embedded database, no
 * sealed key) in an owner-only file of the data directory, as before (decision 0302). Once the key
 * is sealed, and always on an office database server, only in the database, encrypted under the
 * office key passphrase; a PC can sign after an administrator unlocked it there, until the app
 * closes or it is locked again. A PC of a server office never makes a key file of its own.
 */
public final class OfficeKeys {
    private static final Logger LOG = Logger.getLogger(OfficeKeys.class.getName());
    private static final long MAX_KEY_FILE_BYTES = 16 * 1024;
    private final OfficeKeyStore store;
    private final SealedKeyRepository sealed;
    private final BooleanSupplier sharedDatabase;
    private final Clock clock;
    /** The opened key while unlocked on this PC; never written anywhere. */
    private volatile Unlocked unlocked;

    /** Who holds the signing key, as seen from this PC. */
    public enum Custody {
        /** In a file of this PC's data directory (an office with one PC). */
        THIS_PC,
        /** Sealed in the office database and unlocked on this PC: exports can be signed. */
        SEALED_UNLOCKED,
        /** Sealed in the office database, locked on this PC: an administrator must unlock it. */
        SEALED_LOCKED,
        /** An office database server without a sealed key yet: an administrator must set it up. */
        NOT_SET_UP
    }

    private record Unlocked(SecretKey key, byte[] salt, int iterations, KeyPair current, KeyPair next) {
    }

    /** Keys in this PC's files only (tests and tools without a database). */
    public OfficeKeys(OfficeKeyStore store) {
        this(store, null, () -> false, Clock.systemUTC());
    }

    /**
     * @param sealed where the database keeps a sealed key
     * @param sharedDatabase true when the office database is a server several PCs share
     */
    public OfficeKeys(OfficeKeyStore store, SealedKeyRepository sealed, BooleanSupplier sharedDatabase, Clock clock) {
        this.store = store;
        this.sealed = sealed;
        this.sharedDatabase = sharedDatabase;
        this.clock = clock;
    }

    private Optional<SealedKey> sealedKey(OfficeKeyStore.Slot slot) {
        return sealed == null ? Optional.empty() : sealed.find(slot);
    }

    private boolean localFilesAllowed() {
        return !sharedDatabase.getAsBoolean() && sealedKey(OfficeKeyStore.Slot.CURRENT).isEmpty();
    }

    /** Where the key is and whether this PC can sign with it now. */
    public Custody custody() {
        if (sealedKey(OfficeKeyStore.Slot.CURRENT).isPresent()) {
            return unlocked != null ? Custody.SEALED_UNLOCKED : Custody.SEALED_LOCKED;
        }
        return sharedDatabase.getAsBoolean() ? Custody.NOT_SET_UP : Custody.THIS_PC;
    }

    /**
     * The office-setup hook: a key pair for the new office, unless one exists already. On an
     * office database server nothing is made here: an administrator seals the office key
     * ({@link #seal}), so that no PC keeps a plain key of its own.
     */
    public void createFor(Office office) {
        if (!localFilesAllowed()) {
            removePlainCopiesOfTheSealedKey();
            return;
        }
        if (store.load(OfficeKeyStore.Slot.CURRENT).isEmpty()) {
            store.save(OfficeKeyStore.Slot.CURRENT, Ed25519.generate());
            LOG.info(() -> "Signing key created for office " + office.code());
        }
    }

    /**
     * Once the key is sealed, a key file on this PC holding that same key is a plain copy of it:
     * deleted. A key file holding another key (a PC of a server office that made its own key before
     * keys were sealed) is never used; it is left alone and named in the log.
     */
    private void removePlainCopiesOfTheSealedKey() {
        Optional<SealedKey> cur = sealedKey(OfficeKeyStore.Slot.CURRENT);
        if (cur.isEmpty()) {
            return;
        }
        java.util.Set<PublicKeyInfo> sealedKeys = new java.util.HashSet<>();
        sealedKeys.add(cur.get().key());
        sealedKey(OfficeKeyStore.Slot.NEXT).ifPresent(n -> sealedKeys.add(n.key()));
        for (OfficeKeyStore.Slot slot : OfficeKeyStore.Slot.values()) {
            Optional<KeyPair> file;
            try {
                file = store.load(slot);
            } catch (UserFacingException e) {
                continue; // an unreadable file holds nothing we could use either
            }
            if (file.isEmpty()) {
                continue;
            }
            PublicKeyInfo k = Ed25519.info(file.get().getPublic());
            if (sealedKeys.contains(k)) {
                store.delete(slot);
                LOG.info(() -> "Removed this PC's plain copy of the sealed office key " + k.fingerprint());
            } else {
                LOG.warning(() -> "This PC has a key file (" + slot + ", " + k.fingerprint() + ") that is not the "
                        + "office's sealed key; it is never used for signing");
            }
        }
    }

    public Optional<PublicKeyInfo> current() {
        Optional<SealedKey> s = sealedKey(OfficeKeyStore.Slot.CURRENT);
        if (s.isPresent()) {
            return Optional.of(s.get().key());
        }
        return sharedDatabase.getAsBoolean() ? Optional.empty()
                : store.load(OfficeKeyStore.Slot.CURRENT).map(k -> Ed25519.info(k.getPublic()));
    }

    public Optional<PublicKeyInfo> next() {
        if (sealedKey(OfficeKeyStore.Slot.CURRENT).isPresent()) {
            return sealedKey(OfficeKeyStore.Slot.NEXT).map(SealedKey::key);
        }
        return sharedDatabase.getAsBoolean() ? Optional.empty()
                : store.load(OfficeKeyStore.Slot.NEXT).map(k -> Ed25519.info(k.getPublic()));
    }

    /**
     * Signs with the current key and announces the next one while a rotation is pending. Refused
     * with what to do when this PC cannot sign: the key is locked here, or not set up yet.
     */
    public ManifestSigner signer() {
        KeyPair current;
        PublicKeyInfo next;
        switch (custody()) {
            case THIS_PC -> {
                current = store.load(OfficeKeyStore.Slot.CURRENT)
                        .orElseThrow(() -> new UserFacingException("bundle.key.missing"));
                next = next().orElse(null);
            }
            case SEALED_UNLOCKED -> {
                Unlocked u = fresh();
                current = u.current();
                next = u.next() == null ? null : Ed25519.info(u.next().getPublic());
            }
            case SEALED_LOCKED -> throw new UserFacingException("bundle.key.locked");
            default -> throw new UserFacingException("bundle.key.notSetUp");
        }
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

    /**
     * The unlocked key, checked against the database: another PC may have finished a rotation or
     * started one since this PC unlocked. Opened again with the derived key kept in memory.
     */
    private Unlocked fresh() {
        Unlocked u = unlocked;
        SealedKey cur = sealedKey(OfficeKeyStore.Slot.CURRENT).orElseThrow(() ->
                new UserFacingException("bundle.key.notSetUp"));
        Optional<SealedKey> nxt = sealedKey(OfficeKeyStore.Slot.NEXT);
        boolean same = Ed25519.info(u.current().getPublic()).equals(cur.key())
                && Objects.equals(u.next() == null ? null : Ed25519.info(u.next().getPublic()),
                        nxt.map(SealedKey::key).orElse(null));
        if (same) {
            return u;
        }
        Unlocked again = new Unlocked(u.key(), u.salt(), u.iterations(), KeySeal.open(cur, u.key()),
                nxt.map(n -> KeySeal.open(n, u.key())).orElse(null));
        unlocked = again;
        return again;
    }

    /**
     * Seals the office key in the database under a new passphrase (decision 0611) and unlocks it
     * on this PC. The key is this PC's key file when it has one (so headquarters' pin stays valid),
     * else a new key; a pending rotation's next key is sealed with it. The key files are deleted
     * once the sealed key is committed. Refused when the office key is sealed already.
     */
    public PublicKeyInfo seal(char[] passphrase, String by) {
        if (sealed == null) {
            throw new IllegalStateException("no database for a sealed key");
        }
        if (passphrase.length < KeySeal.MIN_PASSPHRASE) {
            throw new UserFacingException("bundle.key.passphraseShort", KeySeal.MIN_PASSPHRASE);
        }
        if (sealedKey(OfficeKeyStore.Slot.CURRENT).isPresent()) {
            throw new UserFacingException("bundle.key.alreadySealed");
        }
        KeyPair current = store.load(OfficeKeyStore.Slot.CURRENT).orElseGet(Ed25519::generate);
        KeyPair next = store.load(OfficeKeyStore.Slot.NEXT).orElse(null);
        byte[] salt = KeySeal.newSalt();
        int iterations = KeySeal.iterations();
        SecretKey key = KeySeal.derive(passphrase, salt, iterations);
        Instant now = clock.instant();
        if (next != null) {
            sealed.insert(KeySeal.seal(next, key, salt, iterations, OfficeKeyStore.Slot.NEXT, now, by));
        }
        if (!sealed.insert(KeySeal.seal(current, key, salt, iterations, OfficeKeyStore.Slot.CURRENT, now, by))) {
            throw new UserFacingException("bundle.key.alreadySealed");
        }
        unlocked = new Unlocked(key, salt, iterations, current, next);
        store.delete(OfficeKeyStore.Slot.NEXT);
        store.delete(OfficeKeyStore.Slot.CURRENT);
        PublicKeyInfo info = Ed25519.info(current.getPublic());
        LOG.info(() -> "Office key " + info.fingerprint() + " sealed in the database by " + by
                + "; key files of this PC removed");
        return info;
    }

    /** Opens the sealed key on this PC for this session; a wrong passphrase changes nothing. */
    public PublicKeyInfo unlock(char[] passphrase) {
        SealedKey cur = sealedKey(OfficeKeyStore.Slot.CURRENT).orElseThrow(() ->
                new UserFacingException(sharedDatabase.getAsBoolean() ? "bundle.key.notSetUp" : "bundle.key.notSealed"));
        SecretKey key = KeySeal.derive(passphrase, cur.salt(), cur.iterations());
        KeyPair current = KeySeal.open(cur, key);
        KeyPair next = sealedKey(OfficeKeyStore.Slot.NEXT).map(n -> KeySeal.open(n, key)).orElse(null);
        unlocked = new Unlocked(key, cur.salt(), cur.iterations(), current, next);
        LOG.info(() -> "Office key " + cur.key().fingerprint() + " unlocked on this PC");
        return cur.key();
    }

    /** Forgets the opened key on this PC. */
    public void lock() {
        if (unlocked != null) {
            unlocked = null;
            LOG.info("Office key locked on this PC");
        }
    }

    /** Starts a rotation: the next key goes out in the next bundle, then replaces the current. */
    public PublicKeyInfo startRotation() {
        switch (custody()) {
            case THIS_PC -> {
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
            case SEALED_UNLOCKED -> {
                Unlocked u = fresh();
                if (u.next() != null) {
                    return Ed25519.info(u.next().getPublic());
                }
                KeyPair k = Ed25519.generate();
                // Another PC may start one at the same moment: the first sealed next key counts.
                sealed.insert(KeySeal.seal(k, u.key(), u.salt(), u.iterations(), OfficeKeyStore.Slot.NEXT,
                        clock.instant(), "rotation"));
                return Ed25519.info(fresh().next().getPublic());
            }
            case SEALED_LOCKED -> throw new UserFacingException("bundle.key.locked");
            default -> throw new UserFacingException("bundle.key.notSetUp");
        }
    }

    /**
     * In the transaction that records an export, under the chain lock (decision 0612): a sealed key
     * must still be the office key the bundle was signed with (another PC may have finished a
     * rotation meanwhile; then the export is made again), and a rotation the bundle announces is
     * finished in the same commit, so "recorded" and "rotated" cannot disagree between PCs.
     */
    void confirmAndRotate(ManifestSigner signer) {
        Optional<SealedKey> cur = sealedKey(OfficeKeyStore.Slot.CURRENT);
        if (cur.isEmpty()) {
            return; // a key file of this PC: only this PC changes it, after the file is in place
        }
        if (!cur.get().key().equals(signer.key())) {
            throw ChainMoved.keyChanged(signer.key(), cur.get().key());
        }
        if (signer.nextKey() != null) {
            completeRotation(signer.nextKey());
        }
    }

    /** After a bundle announcing the next key was written: the next key becomes the current one. */
    void completeRotation(PublicKeyInfo announced) {
        if (custody() == Custody.THIS_PC) {
            Optional<KeyPair> next = store.load(OfficeKeyStore.Slot.NEXT);
            if (next.isPresent() && Ed25519.info(next.get().getPublic()).equals(announced)) {
                store.save(OfficeKeyStore.Slot.CURRENT, next.get());
                store.delete(OfficeKeyStore.Slot.NEXT);
                LOG.info(() -> "Signing key rotated to " + announced.fingerprint());
            }
            return;
        }
        Optional<SealedKey> next = sealedKey(OfficeKeyStore.Slot.NEXT);
        if (next.isPresent() && next.get().key().equals(announced)) {
            sealed.promoteNext();
            LOG.info(() -> "Sealed signing key rotated to " + announced.fingerprint());
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
        try {
            AtomicFiles.replace(out, CanonicalJson.write(file));
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.export.writeFailed", out.toString());
        }
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
}
