package id.humasdesk.logic.bundle;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.model.Office;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Release;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one bundle: items and photos hashed first, the manifest signed, then the zip written to a
 * temporary file beside the target ({@link #partOf}, forced to disk) and renamed into place. Entry
 * order and times are fixed, so the same input gives the same bytes. The export leaves the rename
 * to its caller ({@link #writePart} then {@link #publish}) so the history row can be committed in
 * between (decision 0313).
 */
public final class BundleWriter {
    /** Every entry carries this time: file times would make equal bundles differ. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /**
     * Items are small JSON: the fastest deflate level costs a few percent of size (photos make
     * up most of a bundle) and saves most of the compression time.
     */
    public static final int ITEM_LEVEL = Deflater.BEST_SPEED;

    /**
     * Reports how far the export is, in steps of the total (items plus photos plus one). Called
     * from worker threads: implementations hand the value over to their own thread.
     */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);

        Progress NONE = (d, t) -> { };
    }

    /** What was written: the manifest as signed, and the file's own size and hash. */
    public record Written(Manifest manifest, Path file, long size, String sha256, int photos) {
    }

    /** Who sends, what comes before: everything in the manifest besides the files. */
    public record Header(UUID bundleId, Office office, java.time.Instant createdAt, Manifest.Creator createdBy,
            UUID previousBundleId) {
    }

    private record Item(String path, byte[] bytes, String sha256) {
    }

    private record Media(String path, Path source, long size, String sha256) {
    }

    private final MediaStore media;
    private final BundleLimits limits;

    public BundleWriter(MediaStore media, BundleLimits limits) {
        this.media = media;
        this.limits = limits;
    }

    public Written write(Path target, Header header, List<Release> releases, ManifestSigner signer,
            Progress progress) {
        return write(target, header, releases, Map.of(), signer, progress);
    }

    /**
     * Writes the releases with their plans and history ({@code trails} by release id, missing ones
     * have none); embargoes are judged at the header's creation time, so the bundle's bytes depend
     * on its input and header only.
     */
    public Written write(Path target, Header header, List<Release> releases, Map<UUID, ItemTrail> trails,
            ManifestSigner signer, Progress progress) {
        Written w = writePart(target, header, releases, trails, signer, progress);
        try {
            publish(partOf(target), target);
        } catch (IOException e) {
            deleteQuietly(partOf(target));
            throw writeFailed(e, target);
        }
        return w;
    }

    /**
     * Like {@link #write} but leaves the bundle in {@link #partOf(Path) partOf(target)}, its
     * content forced to disk; the returned {@code file} is the final name it is meant to get.
     */
    public Written writePart(Path target, Header header, List<Release> releases, Map<UUID, ItemTrail> trails,
            ManifestSigner signer, Progress progress) {
        if (releases.size() > limits.maxItems()) {
            throw new UserFacingException("bundle.export.tooManyItems", releases.size(), limits.maxItems());
        }
        TreeMap<String, Photo> photos = new TreeMap<>();
        for (Release r : releases) {
            for (Photo p : r.content().photos()) {
                photos.putIfAbsent(BundleFormat.mediaPath(p.sha256(), p.extension()), p);
            }
        }
        long total = releases.size() + photos.size() + 1L;
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        List<Media> media = new ArrayList<>(photos.size());
        for (var e : photos.entrySet()) {
            media.add(inspect(e.getKey(), e.getValue()));
            progress.update(done.incrementAndGet(), total);
        }
        List<Release> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing(Release::id));
        // Mapping, serializing and hashing items is pure CPU work: it uses every core.
        List<Item> items = sorted.parallelStream().map(r -> {
            byte[] bytes = NinjsWriter.write(r, header.office(), trails.getOrDefault(r.id(), ItemTrail.NONE),
                    header.createdAt());
            progress.update(done.incrementAndGet(), total);
            return new Item(BundleFormat.itemPath(r.id()), bytes, hex(Ed25519.sha256(bytes)));
        }).toList();
        List<Manifest.FileEntry> entries = new ArrayList<>();
        items.forEach(i -> entries.add(new Manifest.FileEntry(i.path(), i.bytes().length, i.sha256())));
        media.forEach(m -> entries.add(new Manifest.FileEntry(m.path(), m.size(), m.sha256())));
        entries.sort(Comparator.comparing(Manifest.FileEntry::path));
        Office o = header.office();
        Manifest manifest = new Manifest(header.bundleId(), new Manifest.OfficeInfo(o.code(), o.name(), o.level().name(),
                o.province() == null ? null : o.province().name(), o.zone().getId()), header.createdAt(),
                header.createdBy(), header.previousBundleId(), signer.key(), signer.nextKey(), items.size(), entries);
        byte[] manifestBytes = manifest.toBytes();
        byte[] signature = signer.sign(manifestBytes);
        Written w = writeZip(target, manifest, manifestBytes, signature, items, media);
        progress.update(total, total);
        return w;
    }

    /**
     * A photo's name in the media store is its SHA-256, given when it was stored; here only its
     * size is read. The content is hashed while it is copied into the zip and must match.
     */
    private Media inspect(String path, Photo p) {
        Path source = media.local(p.sha256(), p.extension());
        try {
            long size = Files.size(source);
            if (size > limits.maxPhotoBytes()) {
                throw new UserFacingException("bundle.export.photoTooLarge", path, size, limits.maxPhotoBytes());
            }
            return new Media(path, source, size, p.sha256());
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.export.photoMissing", source.toString());
        }
    }

    /**
     * The temporary file a bundle is written to before it gets its final name: hidden, beside the
     * target, and derived from the target's name so a start-up pass can tell which export it
     * belongs to.
     */
    public static Path partOf(Path target) {
        Path t = target.toAbsolutePath();
        return t.resolveSibling("." + t.getFileName() + PART_SUFFIX);
    }

    /** Ending of {@link #partOf} files. */
    public static final String PART_SUFFIX = AtomicFiles.PART_SUFFIX;

    /**
     * Renames a finished {@code .part} file to its final name (atomically where the file system
     * can) and forces the folder entry to disk, so a rename that returned survives a power cut.
     */
    public static void publish(Path part, Path target) throws IOException {
        AtomicFiles.publish(part, target);
    }

    private static UserFacingException writeFailed(IOException e, Path target) {
        String msg = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return new UserFacingException(e, msg.contains("no space") ? "error.store.diskFull"
                : "bundle.export.writeFailed", target.toString());
    }

    private static void deleteQuietly(Path p) {
        AtomicFiles.deleteQuietly(p); // a leftover .part file never has the final name; the start-up pass removes it
    }

    private Written writeZip(Path target, Manifest manifest, byte[] manifestBytes, byte[] signature,
            List<Item> items, List<Media> files) {
        Path tmp = null;
        try {
            tmp = partOf(target);
            MessageDigest fileSha = sha256();
            AtomicFiles.writePart(tmp, raw -> {
                // The buffer sits above the digest: the zip writes its headers byte by byte, and a
                // digest fed single bytes cost a tenth of the export (JFR, 2026-12-06).
                try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(
                        new DigestOutputStream(raw, fileSha), 1 << 16))) {
                    zip.setLevel(ITEM_LEVEL);
                    deflated(zip, BundleFormat.MANIFEST, manifestBytes);
                    deflated(zip, BundleFormat.SIGNATURE, signature);
                    for (Item i : items) {
                        deflated(zip, i.path(), i.bytes());
                    }
                    zip.setLevel(Deflater.NO_COMPRESSION);
                    for (Media m : files) {
                        photo(zip, m);
                    }
                }
            });
            long size = Files.size(tmp);
            if (size > limits.maxBundleBytes()) {
                throw new UserFacingException("bundle.export.tooLarge", size, limits.maxBundleBytes());
            }
            Written w = new Written(manifest, target, size, hex(fileSha.digest()), files.size());
            tmp = null;
            return w;
        } catch (IOException e) {
            throw writeFailed(e, target);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        e.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Photos are already compressed: written with deflate level 0 (stored blocks), which needs no
     * CRC before the data, so each photo is read once, hashed on the way and checked against its
     * name. A photo that changed or rotted in the media store aborts the export.
     */
    private static void photo(ZipOutputStream zip, Media m) throws IOException {
        ZipEntry e = new ZipEntry(m.path());
        e.setTimeLocal(ENTRY_TIME);
        e.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(e);
        MessageDigest sha = sha256();
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(m.source())) {
            for (int r; (r = in.read(buf)) > 0; ) {
                sha.update(buf, 0, r);
                zip.write(buf, 0, r);
                n += r;
            }
        } catch (NoSuchFileException missing) {
            throw new UserFacingException(missing, "bundle.export.photoMissing", m.source().toString());
        }
        if (n != m.size() || !hex(sha.digest()).equals(m.sha256())) {
            throw new UserFacingException("bundle.export.photoDamaged", m.source().toString());
        }
        zip.closeEntry();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
