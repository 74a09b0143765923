package id.humasdesk.logic.bundle;

import id.humasdesk.logic.common.Transactor;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.model.Clocks;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Import: every file is verified first (photos copied to a temporary folder inside the data
 * directory); if any file fails, nothing is written. Then photos go into the media store and all
 * releases are written in one transaction; if that fails, the photos it added are removed again.
 */
final class BundleImporter {
    private static final Logger LOG = Logger.getLogger(BundleImporter.class.getName());
    static final String SPILL_PREFIX = "import-";
    /** Names of the spill folders of imports in progress; registered before the folder exists. */
    private final Set<String> live = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final BundleImportRepository repo;
    private final TrustStore trust;
    private final MediaStore media;
    private final Transactor tx;
    private final Clock clock;
    private final BundleLimits limits;
    private final Path tmpRoot;
    private final Supplier<TrustPolicy> policies;

    /** What an import writes to, all or nothing: received bundles and releases, pinned keys, photos, transaction. */
    record Stores(BundleImportRepository received, TrustStore trust, MediaStore media, Transactor tx) {
    }

    /**
     * @param tmpRoot  where each import gets its temporary folder (inside the data directory)
     * @param policies the trust policy of this office now, asked once per import
     */
    BundleImporter(Stores stores, Clock clock, BundleLimits limits, Path tmpRoot, Supplier<TrustPolicy> policies) {
        this.repo = stores.received();
        this.trust = stores.trust();
        this.media = stores.media();
        this.tx = stores.tx();
        this.clock = clock;
        this.limits = limits;
        this.tmpRoot = tmpRoot;
        this.policies = policies;
    }

    List<ReceivedBundle> received(int limit) {
        return repo.receivedBundles(limit);
    }

    ImportResult importAll(User me, List<Path> files) {
        if (files.isEmpty()) {
            throw new UserFacingException("bundle.import.noFiles");
        }
        removeLeftovers();
        Path spill = tmpRoot.resolve(SPILL_PREFIX + UUID.randomUUID());
        live.add(spill.getFileName().toString());
        List<Spilled> verified = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<ImportResult.Rejection> rejected = verifyAll(files, spill, verified);
            if (!rejected.isEmpty()) {
                return new ImportResult(0, 0, 0, 0, 0, rejected, List.of(), List.of());
            }
            verified.sort(Comparator.comparing((Spilled v) -> v.bundle().manifest().office().code())
                    .thenComparing(v -> v.bundle().manifest().createdAt()));
            List<Path> added = storePhotos(verified);
            try {
                LOG.info(() -> "Import of " + verified.size() + " bundle(s): writing");
                ImportResult result = tx.inTransaction(() -> write(me, verified));
                // Callers report success only after this line: the transaction has committed.
                LOG.info(() -> "Import of " + verified.size() + " bundle(s): committed");
                return result;
            } catch (RuntimeException e) {
                added.forEach(BundleImporter::deleteQuietly);
                throw e;
            }
        } finally {
            verified.forEach(v -> BundleReader.deleteAll(v.bundle().photos()));
            deleteTree(spill);
            live.remove(spill.getFileName().toString());
        }
    }

    /**
     * Deletes the temporary folders of imports that never finished (the process died midway);
     * folders of imports running now in this process are left alone. Returns how many went.
     */
    int removeLeftovers() {
        if (!Files.isDirectory(tmpRoot)) {
            return 0;
        }
        List<Path> stale;
        try (Stream<Path> s = Files.list(tmpRoot)) {
            stale = s.filter(p -> p.getFileName().toString().startsWith(SPILL_PREFIX) && Files.isDirectory(p,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS) && !live.contains(p.getFileName().toString())).toList();
        } catch (IOException e) {
            LOG.warning(() -> "Cannot list " + tmpRoot + ": " + e);
            return 0;
        }
        stale.forEach(BundleImporter::deleteTree);
        if (!stale.isEmpty()) {
            LOG.info(() -> "Removed " + stale.size() + " leftover import folder(s) from " + tmpRoot);
        }
        return stale.size();
    }

    /**
     * Items of verified bundles held in memory before further bundles' items go to disk: an import
     * of a few thousand releases keeps them (no second parse), a larger one stays flat.
     */
    static long spillAboveBytes = 16L << 20;

    /**
     * A verified bundle; with {@code items} set, its items wait in that file of the import's
     * temporary folder, so an import of many large bundles holds one bundle's items at a time, not
     * all of them (issue 16); otherwise they are still in {@code bundle}.
     */
    private record Spilled(VerifiedBundle bundle, Path items, int count) {
    }

    /**
     * Verifies in rounds: a bundle signed with a key announced by another bundle of the same run
     * passes once that bundle was verified, whatever order the files were given in. Within a round
     * the files are independent (signature, hashes, schemas: pure CPU), so they are checked on all
     * cores; key rotations they announce take effect for the next round.
     */
    private List<ImportResult.Rejection> verifyAll(List<Path> files, Path spill, List<Spilled> out) {
        TrustPolicy policy = policies.get();
        BundleReader reader = new BundleReader(limits);
        Map<Path, UserFacingException> failed = new java.util.concurrent.ConcurrentHashMap<>();
        List<Path> pending = new ArrayList<>(new java.util.LinkedHashSet<>(files));
        java.util.concurrent.atomic.AtomicLong held = new java.util.concurrent.atomic.AtomicLong();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            failed.clear();
            List<Spilled> passed = pending.parallelStream().map(f -> {
                try {
                    VerifiedBundle v = reader.read(f, policy, spill);
                    long bytes = v.items().stream().mapToLong(i -> i.json().length()).sum();
                    if (held.addAndGet(bytes) <= spillAboveBytes) {
                        return new Spilled(v, null, v.items().size());
                    }
                    held.addAndGet(-bytes);
                    return spill(v, spill);
                } catch (UserFacingException e) {
                    failed.put(f, e);
                    return null;
                }
            }).filter(java.util.Objects::nonNull).toList();
            out.addAll(passed);
            for (Spilled v : passed) {
                if (v.bundle().manifest().nextKey() != null) {
                    policy.rotate(v.bundle().manifest().office().code(), v.bundle().manifest().nextKey());
                }
            }
            progress = !passed.isEmpty();
            pending = pending.stream().filter(failed::containsKey).toList();
        }
        List<ImportResult.Rejection> rejected = new ArrayList<>();
        for (Path f : pending) {
            UserFacingException e = failed.get(f);
            rejected.add(new ImportResult.Rejection(f.toString(), e.messageKey(), e.arguments()));
        }
        return rejected;
    }

    /** Writes the bundle's items (path, hash, bytes) to a file in {@code spill}; keeps the rest. */
    private static Spilled spill(VerifiedBundle v, Path spill) {
        try {
            Files.createDirectories(spill);
            Path f = Files.createTempFile(spill, "items-", ".bin");
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(f), 1 << 16))) {
                for (ReceivedItem i : v.items()) {
                    byte[] json = i.json().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.writeUTF(BundleFormat.itemPath(i.id()));
                    out.writeUTF(i.sha256());
                    out.writeInt(json.length);
                    out.write(json);
                }
            }
            return new Spilled(new VerifiedBundle(v.file(), v.fileSize(), v.fileSha256(), v.manifest(), List.of(),
                    v.photos()), f, v.items().size());
        } catch (IOException e) {
            BundleReader.deleteAll(v.photos());
            throw new UserFacingException(e, "bundle.verify.unreadable", v.file().toString());
        }
    }

    /**
     * The items of a spilled bundle, read back: each one's bytes must still have the hash that was
     * verified (the schema and the other checks passed on the same bytes).
     */
    private static List<ReceivedItem> items(Spilled v) {
        if (v.items() == null) {
            return v.bundle().items();
        }
        List<ReceivedItem> items = new ArrayList<>(v.count());
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                Files.newInputStream(v.items()), 1 << 16))) {
            for (int n = 0; n < v.count(); n++) {
                String path = in.readUTF();
                String sha = in.readUTF();
                byte[] json = new byte[in.readInt()];
                in.readFully(json);
                if (!BundleWriter.hex(Ed25519.sha256(json)).equals(sha)) {
                    throw new UserFacingException("bundle.verify.hashMismatch", path);
                }
                items.add(NinjsReader.read(CanonicalJson.read(json), path,
                        new String(json, java.nio.charset.StandardCharsets.UTF_8), sha));
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.verify.unreadable", v.bundle().file().toString());
        }
        return items;
    }

    private List<Path> storePhotos(List<Spilled> bundles) {
        List<Path> added = new ArrayList<>();
        Set<String> done = new HashSet<>();
        try {
            for (Spilled s : bundles) {
                VerifiedBundle v = s.bundle();
                for (Map.Entry<String, Path> e : v.photos().entrySet()) {
                    if (!done.add(e.getKey())) {
                        continue;
                    }
                    var m = BundleFormat.MEDIA_PATH.matcher(e.getKey());
                    m.matches();
                    Path target = media.local(m.group(1), m.group(2));
                    if (!Files.exists(target)) {
                        media.put(e.getValue(), m.group(2));
                        added.add(target);
                    }
                }
            }
        } catch (RuntimeException e) {
            added.forEach(BundleImporter::deleteQuietly);
            throw e;
        }
        return added;
    }

    private ImportResult write(User me, List<Spilled> bundles) {
        Instant now = Clocks.truncate(clock.instant());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int conflicts = 0;
        List<ImportResult.Gap> gaps = new ArrayList<>();
        List<ImportResult.Rotation> rotations = new ArrayList<>();
        Set<UUID> seenThisRun = new HashSet<>();
        for (Spilled sp : bundles) {
            VerifiedBundle v = sp.bundle();
            Manifest m = v.manifest();
            String office = m.office().code();
            if (repo.bundleReceived(m.bundleId()) || !seenThisRun.add(m.bundleId())) {
                unchanged += sp.count();
                continue;
            }
            boolean gap = m.previousBundleId() != null && !repo.bundleReceived(m.previousBundleId())
                    && !seenThisRun.contains(m.previousBundleId());
            if (gap) {
                gaps.add(new ImportResult.Gap(office, m.bundleId(), m.previousBundleId()));
            }
            repo.rememberOffice(m.office(), m.createdAt());
            repo.recordReceived(new ReceivedBundle(m.bundleId(), office, m.previousBundleId(), m.createdAt(),
                    m.createdBy().username(), now, me.username(), m.itemCount(), v.file().getFileName().toString(),
                    v.fileSha256(), gap));
            for (ReceivedItem item : items(sp)) {
                var stored = repo.findReceived(item.id());
                if (stored.isEmpty()) {
                    repo.insertReceived(item, m.bundleId(), now);
                    added++;
                } else if (!stored.get().originOffice().equals(office)) {
                    throw new UserFacingException("bundle.import.foreignRelease", item.id().toString(), office,
                            stored.get().originOffice());
                } else if (stored.get().version() < item.version()) {
                    repo.replaceReceived(item, m.bundleId(), now);
                    updated++;
                } else if (stored.get().version() == item.version() && !stored.get().sha256().equals(item.sha256())) {
                    switch (sameVersion(stored.get(), item, m)) {
                        case NEWER_STATE -> {
                            repo.replaceReceived(item, m.bundleId(), now);
                            updated++;
                        }
                        case CONFLICT -> {
                            if (repo.addConflict(item, m.bundleId(), now)) {
                                conflicts++;
                            } else {
                                unchanged++;
                            }
                        }
                        default -> unchanged++;
                    }
                } else {
                    unchanged++;
                }
            }
            if (m.nextKey() != null) {
                TrustedKey old = trust.active(office).orElse(null);
                trust.pin(new TrustedKey(office, m.office().name(), m.office().level(), m.office().zone(), m.nextKey(),
                        now, "rotation:" + m.bundleId()));
                rotations.add(new ImportResult.Rotation(office, m.nextKey().fingerprint()));
                LOG.info(() -> "Key of " + office + " rotated from " + (old == null ? "-" : old.key().fingerprint())
                        + " to " + m.nextKey().fingerprint());
            }
        }
        return new ImportResult(bundles.size(), added, updated, unchanged, conflicts, List.of(), gaps, rotations);
    }

    private enum Same { OLDER_STATE, NEWER_STATE, CONFLICT }

    /**
     * Two copies of one version with different bytes: a conflict only when the words differ. When
     * only the state at export differs (embargo lifted, plans posted, more history), the copy from
     * the later bundle is kept (decision 0310).
     */
    private Same sameVersion(StoredItem stored, ReceivedItem item, Manifest m) {
        String held = repo.receivedJson(item.id()).orElse("");
        if (!NinjsReader.contentHash(held).equals(NinjsReader.contentHash(item.json()))) {
            return Same.CONFLICT;
        }
        return stored.bundleCreatedAt() == null || m.createdAt().isAfter(stored.bundleCreatedAt())
                ? Same.NEWER_STATE : Same.OLDER_STATE;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // an unreferenced photo in the media store is harmless
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(BundleImporter::deleteQuietly);
        } catch (IOException ignored) {
            // leftovers in tmp/ are removed at the next start
        }
    }
}
