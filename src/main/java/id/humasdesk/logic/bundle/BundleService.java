package id.humasdesk.logic.bundle;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.OfficeRepository;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.common.OutputFiles;
import id.humasdesk.logic.common.Transactor;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.model.Clocks;
import id.humasdesk.model.Office;
import id.humasdesk.model.Release;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** Export, verify and trust: the use cases of bundles (import lives in {@link BundleImporter}). */
public final class BundleService {
    private static final Logger LOG = Logger.getLogger(BundleService.class.getName());
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final OfficeRepository offices;
    private final Authority authority;
    private final BundleExportRepository exports;
    private final TrustStore trust;
    private final OfficeKeys keys;
    private final MediaStore media;
    private final Transactor tx;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final BundleLimits limits;
    private final Path exportDir;
    private final Path dataDir;
    private final BundleImporter importer;
    private final TrailSource trails;
    private final BundleInbox inbox;
    private final ExportReconciler reconciler;

    /**
     * What the composition root hands in; {@code dataDir} holds exports/ and tmp/, {@code trails}
     * gives the plans and history that go out with each release, {@code inbox} reads what
     * headquarters received.
     */
    public record Deps(OfficeRepository offices, UserRepository users, BundleExportRepository exports,
            BundleImportRepository imports, TrustStore trust, OfficeKeys keys, MediaStore media, Transactor tx,
            Clock clock, Supplier<UUID> ids, BundleLimits limits, Path dataDir, TrailSource trails,
            InboxRepository inbox) {
    }

    public BundleService(Deps d) {
        this.offices = d.offices();
        this.authority = new Authority(d.users());
        this.exports = d.exports();
        this.trust = d.trust();
        this.keys = d.keys();
        this.media = d.media();
        this.tx = d.tx();
        this.clock = d.clock();
        this.ids = d.ids();
        this.limits = d.limits();
        this.exportDir = d.dataDir().resolve("exports");
        this.dataDir = d.dataDir();
        this.importer = new BundleImporter(new BundleImporter.Stores(d.imports(), d.trust(), d.media(), d.tx()),
                d.clock(), d.limits(), d.dataDir().resolve("tmp"), this::trustPolicy);
        this.trails = d.trails();
        this.inbox = new BundleInbox(d.inbox(), d.offices(), d.users());
        this.reconciler = new ExportReconciler(d.exports(), () -> d.offices().find().map(Office::code), exportDir,
                d.clock());
    }

    /** What headquarters received: offices, releases, conflicts (read-only). */
    public BundleInbox inbox() {
        return inbox;
    }

    /**
     * Removes temporary folders of imports a crash left behind; for start-up, off the FX
     * thread. Returns how many were removed.
     */
    public int removeLeftovers() {
        return importer.removeLeftovers();
    }

    public OfficeKeys keys() {
        return keys;
    }

    /** Where {@code export} writes when no file is named: exports/CODE-UTCSTAMP.humas.zip. */
    public Path defaultTarget(Office office, Instant at) {
        return exportDir.resolve(office.code() + "-" + FILE_TIME.format(at) + BundleFormat.FILE_SUFFIX);
    }

    /** Releases the selection would send now, for a preview or a count. */
    public List<Release> preview(User actor, ExportSelection selection) {
        requireSender(actor);
        return exports.findForExport(selection);
    }

    /** Writes a signed bundle of the selection; an existing file is never overwritten. */
    public BundleWriter.Written export(User actor, ExportSelection selection, Path target,
            BundleWriter.Progress progress) {
        return export(actor, selection, target, false, progress);
    }

    /**
     * Writes a signed bundle of the selection and records it in the export history. A named
     * {@code target} must pass {@link OutputFiles#check} (an existing file only with {@code force}).
     * The bundle is written to a {@code .part} file first, the history row (with the releases it
     * carries) is committed, and only then the file gets its name, so a crash never leaves a bundle
     * that the history does not know; {@link #reconcileExports()} finishes or removes what a crash
     * left (decision 0313).
     */
    public BundleWriter.Written export(User actor, ExportSelection selection, Path target, boolean force,
            BundleWriter.Progress progress) {
        if (target != null) {
            OutputFiles.check(target, dataDir, force);
        }
        User me = requireSender(actor);
        Office office = office();
        reconcileExports();
        for (int attempt = 1;; attempt++) {
            try {
                return exportOnce(me, office, selection, target, keys.signer(), progress);
            } catch (ChainMoved e) {
                // Another PC recorded an export after we read the chain position: our bundle names
                // the wrong previous bundle and may repeat releases it sent. Its .part is gone; write
                // a new bundle from the new position (decision 0612).
                if (attempt >= CHAIN_ATTEMPTS) {
                    throw new UserFacingException(e, "bundle.export.chainBusy");
                }
                int tried = attempt;
                LOG.info(() -> "Export attempt " + tried + " lost its chain position to another PC (" + e.getMessage()
                        + "): writing it again");
            }
        }
    }

    /** How often one export is written again when other PCs keep taking its chain position. */
    static final int CHAIN_ATTEMPTS = 5;

    private BundleWriter.Written exportOnce(User me, Office office, ExportSelection selection, Path target,
            ManifestSigner signer, BundleWriter.Progress progress) {
        Instant now = Clocks.truncate(clock.instant());
        UUID previous = exports.chainHead().orElse(null);
        List<Release> releases = exports.findForExport(selection);
        Path file = (target == null ? defaultTarget(office, now) : target).toAbsolutePath();
        BundleWriter.Header header = new BundleWriter.Header(ids.get(), office, now,
                new Manifest.Creator(me.username(), me.fullName()), previous);
        Map<UUID, ItemTrail> trail = trails.of(releases);
        Path part = BundleWriter.partOf(file);
        reconciler.begin(file);
        try {
            LOG.info(() -> "Export " + header.bundleId() + ": writing " + releases.size() + " releases to " + part);
            BundleWriter.Written w = new BundleWriter(media, limits).writePart(file, header, releases, trail, signer,
                    progress);
            try {
                tx.run(() -> {
                    exports.recordExport(new ExportRecord(header.bundleId(), now, me.username(),
                            w.manifest().itemCount(), w.photos(), file.toString(), w.size(), w.sha256(), previous),
                            releases);
                    keys.confirmAndRotate(signer);
                });
            } catch (RuntimeException e) {
                deleteQuietly(part);
                throw e;
            }
            LOG.info(() -> "Export " + header.bundleId() + ": recorded, renaming into place");
            try {
                BundleWriter.publish(part, file);
            } catch (IOException e) {
                // Recorded: the next start-up or export finishes the rename from the .part file.
                LOG.log(java.util.logging.Level.WARNING, "Export " + header.bundleId() + " recorded but not renamed", e);
                throw new UserFacingException(e, "bundle.export.writeFailed", file.toString());
            }
            if (signer.nextKey() != null && keys.custody() == OfficeKeys.Custody.THIS_PC) {
                keys.completeRotation(signer.nextKey());
            }
            LOG.info(() -> "Bundle " + header.bundleId() + " written: " + w.manifest().itemCount() + " items to "
                    + file);
            return w;
        } finally {
            reconciler.end(file);
        }
    }

    /**
     * Makes export files and export history agree after a crash (see {@link ExportReconciler});
     * for start-up, off the FX thread, and before every export.
     */
    public ExportReconciler.Report reconcileExports() {
        return reconciler.reconcile();
    }

    /** Writes this office's public key file for headquarters, after the same target checks as a bundle. */
    public Path exportPublicKey(Path target, boolean force) {
        Path out = OutputFiles.check(target, dataDir, force);
        keys.exportPublicKey(office(), out);
        return out;
    }

    public List<ExportRecord> history(User actor, int limit) {
        authority.actor(actor);
        return exports.exportHistory(limit);
    }

    /** Checks a bundle completely without changing anything. */
    public VerifiedBundle verify(Path file) {
        return new BundleReader(limits).read(file, trustPolicy(), null);
    }

    /** Verifies every file, then imports all of them in one transaction, or nothing. */
    public ImportResult importBundles(User actor, List<Path> files) {
        User me = authority.require(actor, Role.ADMIN);
        return importer.importAll(me, files);
    }

    public List<ReceivedBundle> received(User actor, int limit) {
        authority.actor(actor);
        return importer.received(limit);
    }

    /** Headquarters pins an office's public key from the file the office exported; never replaces one. */
    public TrustedKey trust(User actor, Path keyFile) {
        return trust(actor, keyFile, false).key();
    }

    /** What pinning did: the key now trusted, and the key it replaced (null when there was none). */
    public record Pinned(TrustedKey key, TrustedKey replaced) {
    }

    /**
     * Pins an office's public key. When the office already has a different pinned key, it is
     * refused (naming both fingerprints) unless {@code replace} is given, because a replaced key
     * refuses all of the office's genuine bundles from then on. A replacement is logged with both
     * fingerprints; the old key stays in the trust store as retired, with the time it was replaced.
     */
    public Pinned trust(User actor, Path keyFile, boolean replace) {
        User me = authority.require(actor, Role.ADMIN);
        TrustedKey key = OfficeKeys.readKeyFile(keyFile, Clocks.truncate(clock.instant()), me.username());
        Office own = office();
        if (key.officeCode().equals(own.code())) {
            throw new UserFacingException("bundle.trust.ownOffice", own.code());
        }
        return tx.inTransaction(() -> {
            Optional<TrustedKey> holder = trust.activeByFingerprint(key.key().fingerprint());
            if (holder.isPresent() && !holder.get().officeCode().equals(key.officeCode())) {
                throw new UserFacingException("bundle.trust.keyOfOtherOffice", holder.get().officeCode());
            }
            if (holder.isPresent()) {
                return new Pinned(holder.get(), null);
            }
            TrustedKey old = trust.active(key.officeCode()).orElse(null);
            if (old != null && !replace) {
                throw new UserFacingException("bundle.trust.replaceNeeded", key.officeCode(),
                        old.key().displayFingerprint(), key.key().displayFingerprint());
            }
            trust.pin(key);
            if (old != null) {
                LOG.warning(() -> "Pinned key of " + key.officeCode() + " REPLACED by " + me.username() + ": "
                        + old.key().fingerprint() + " (trusted " + old.trustedAt() + " by " + old.trustedBy()
                        + ") -> " + key.key().fingerprint());
            } else {
                LOG.info(() -> "Key " + key.key().fingerprint() + " pinned for " + key.officeCode() + " by "
                        + me.username());
            }
            return new Pinned(key, old);
        });
    }

    /** Starts a key rotation; the next export announces the new key and then switches to it. */
    public PublicKeyInfo rotateKey(User actor) {
        authority.require(actor, Role.ADMIN);
        return keys.startRotation();
    }

    /** Where the signing key is and whether this PC can sign now (decision 0611). */
    public OfficeKeys.Custody keyCustody() {
        return keys.custody();
    }

    /**
     * An administrator seals the office key in the database under a new passphrase: afterwards no
     * PC keeps it in plain text and every PC signs only after an administrator unlocked it there.
     */
    public PublicKeyInfo sealKey(User actor, char[] passphrase) {
        User me = authority.require(actor, Role.ADMIN);
        return keys.seal(passphrase, me.username());
    }

    /** An administrator unlocks the sealed office key on this PC until the app closes or it is locked. */
    public PublicKeyInfo unlockKey(User actor, char[] passphrase) {
        User me = authority.require(actor, Role.ADMIN);
        PublicKeyInfo k = keys.unlock(passphrase);
        LOG.info(() -> "Office key unlocked on this PC by " + me.username());
        return k;
    }

    /** Forgets the unlocked key on this PC (any signed-in user may lock it). */
    public void lockKey(User actor) {
        authority.actor(actor);
        keys.lock();
    }

    TrustPolicy trustPolicy() {
        Optional<Office> own = offices.find();
        return new TrustPolicy(trust, own.map(Office::code).orElse(null), keys.current().orElse(null));
    }

    private Office office() {
        return offices.find().orElseThrow(() -> new UserFacingException("error.setup.notDone"));
    }

    /** Sending is for those who approve (penyunting) or run the office (admin). */
    private User requireSender(User claimed) {
        User me = authority.actor(claimed);
        if (!me.has(Role.REVIEWER) && !me.has(Role.ADMIN)) {
            throw new UserFacingException("error.auth.roleRequired", Role.REVIEWER.name());
        }
        return me;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the history has no line for it; the next export sends the same releases again
        }
    }
}
