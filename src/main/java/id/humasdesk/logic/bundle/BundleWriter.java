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
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

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

    /** An item ready for the zip: its JSON deflated (raw, no header), with the JSON's size, CRC and hash. */
    private record Item(String path, byte[] deflated, long size, long crc, String sha256) {
    }

    /** A photo checked against its name: size, CRC and hash of the bytes read. */
    private record Media(String path, Path source, long size, long crc, String sha256) {
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
        List<Release> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing(Release::id));
        // Checking photos and mapping, serializing, hashing and deflating items is pure CPU work:
        // it uses every core; the zip itself then only copies finished bytes (issue 16).
        List<Media> media;
        List<Item> items;
        java.util.Queue<byte[]> readBuffers = new java.util.concurrent.ConcurrentLinkedQueue<>();
        try (Deflaters deflaters = new Deflaters()) {
            media = new ArrayList<>(photos.entrySet()).parallelStream().map(e -> {
                byte[] spare = readBuffers.poll(); // one read buffer per worker, not one per photo
                byte[] buf = spare != null ? spare : new byte[64 * 1024];
                Media m = inspect(e.getKey(), e.getValue(), buf);
                readBuffers.add(buf);
                progress.update(done.incrementAndGet(), total);
                return m;
            }).toList();
            items = sorted.parallelStream().map(r -> {
                byte[] bytes = NinjsWriter.write(r, header.office(), trails.getOrDefault(r.id(), ItemTrail.NONE),
                        header.createdAt());
                Item i = deflaters.item(BundleFormat.itemPath(r.id()), bytes);
                progress.update(done.incrementAndGet(), total);
                return i;
            }).toList();
        }
        List<Manifest.FileEntry> entries = new ArrayList<>();
        items.forEach(i -> entries.add(new Manifest.FileEntry(i.path(), i.size(), i.sha256())));
        media.forEach(m -> entries.add(new Manifest.FileEntry(m.path(), m.size(), m.sha256())));
        entries.sort(Comparator.comparing(Manifest.FileEntry::path));
        Office o = header.office();
        Manifest manifest = new Manifest(header.bundleId(), new Manifest.OfficeInfo(o.code(), o.name(), o.level().name(),
                o.province() == null ? null : o.province().name(), o.zone().getId()), header.createdAt(),
                header.createdBy(), header.previousBundleId(), signer.key(), signer.nextKey(), items.size(), entries);
        byte[] manifestBytes = manifest.toBytes();
        byte[] signature = signer.sign(manifestBytes);
        Written w;
        try (Deflaters deflaters = new Deflaters()) {
            w = writeZip(target, manifest, deflaters.item(BundleFormat.MANIFEST, manifestBytes),
                    deflaters.item(BundleFormat.SIGNATURE, signature), items, media);
        }
        progress.update(total, total);
        return w;
    }

    /**
     * A photo's name in the media store is its SHA-256, given when it was stored: the photo is read
     * once here (on a worker thread) and must match it. Its CRC is kept, and the copy into the zip
     * must give the same CRC and size, so a photo that changes in between aborts the export too.
     */
    private Media inspect(String path, Photo p, byte[] buf) {
        Path source = media.local(p.sha256(), p.extension());
        try (InputStream in = Files.newInputStream(source)) {
            long size = Files.size(source);
            if (size > limits.maxPhotoBytes()) {
                throw new UserFacingException("bundle.export.photoTooLarge", path, size, limits.maxPhotoBytes());
            }
            MessageDigest sha = sha256();
            CRC32 crc = new CRC32();
            long n = 0;
            for (int r; (r = in.read(buf)) > 0; ) {
                sha.update(buf, 0, r);
                crc.update(buf, 0, r);
                n += r;
            }
            if (n != size || !hex(sha.digest()).equals(p.sha256())) {
                throw new UserFacingException("bundle.export.photoDamaged", source.toString());
            }
            return new Media(path, source, size, crc.getValue(), p.sha256());
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.export.photoMissing", source.toString());
        }
    }

    /**
     * Deflaters for one export, reused across items (a new zlib stream per item costs its set-up)
     * and ended together. Items are deflated raw at {@link #ITEM_LEVEL}, exactly as a zip entry.
     */
    private static final class Deflaters implements AutoCloseable {
        /** A deflater with its own output buffer, both reused from item to item. */
        private static final class Slot {
            final Deflater deflater = new Deflater(ITEM_LEVEL, true);
            byte[] out = new byte[16 * 1024];
        }

        private final java.util.concurrent.ConcurrentLinkedQueue<Slot> idle =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final java.util.Queue<Slot> all = new java.util.concurrent.ConcurrentLinkedQueue<>();

        Item item(String path, byte[] bytes) {
            Slot s = idle.poll();
            if (s == null) {
                s = new Slot();
                all.add(s);
            }
            Deflater d = s.deflater;
            try {
                d.setInput(bytes);
                d.finish();
                int n = 0;
                while (!d.finished()) {
                    if (n == s.out.length) {
                        s.out = java.util.Arrays.copyOf(s.out, s.out.length * 2);
                    }
                    n += d.deflate(s.out, n, s.out.length - n);
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                return new Item(path, java.util.Arrays.copyOf(s.out, n), bytes.length, crc.getValue(),
                        hex(Ed25519.sha256(bytes)));
            } finally {
                d.reset();
                idle.add(s);
            }
        }

        @Override
        public void close() {
            all.forEach(s -> s.deflater.end());
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

    private Written writeZip(Path target, Manifest manifest, Item manifestEntry, Item signature,
            List<Item> items, List<Media> files) {
        Path tmp = null;
        try (BackgroundDigest fileSha = new BackgroundDigest(sha256())) {
            tmp = partOf(target);
            // Entries go in ready-made (items deflated on all cores, photos stored with the CRC
            // from their check), so this thread only copies bytes; the file is hashed on a thread
            // of its own. The buffer sits above the digest: zip headers come in small writes.
            AtomicFiles.writePart(tmp, raw -> {
                try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(
                        new java.io.BufferedOutputStream(fileSha.over(raw), 1 << 16))) {
                    zip.setUseZip64(Zip64Mode.Never);
                    deflated(zip, manifestEntry);
                    deflated(zip, signature);
                    for (Item i : items) {
                        deflated(zip, i);
                    }
                    for (Media m : files) {
                        photo(zip, m);
                    }
                }
            });
            long size = Files.size(tmp);
            if (size > limits.maxBundleBytes()) {
                throw new UserFacingException("bundle.export.tooLarge", size, limits.maxBundleBytes());
            }
            Written w = new Written(manifest, target, size, hex(fileSha.finish()), files.size());
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

    private static ZipArchiveEntry entry(String name, int method, long size, long compressed, long crc) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        e.setMethod(method);
        e.setSize(size);
        e.setCompressedSize(compressed);
        e.setCrc(crc);
        return e;
    }

    private static void deflated(ZipArchiveOutputStream zip, Item i) throws IOException {
        zip.addRawArchiveEntry(entry(i.path(), ZipEntry.DEFLATED, i.size(), i.deflated().length, i.crc()),
                new java.io.ByteArrayInputStream(i.deflated()));
    }

    /**
     * Photos are already compressed: stored as they are, size and CRC in the entry header. The copy
     * is checked against the size and CRC the photo had when its hash was checked; a photo that
     * changed in between aborts the export.
     */
    private static void photo(ZipArchiveOutputStream zip, Media m) throws IOException {
        try (InputStream in = Files.newInputStream(m.source())) {
            CheckedCopy copy = new CheckedCopy(in, m.size());
            zip.addRawArchiveEntry(entry(m.path(), ZipEntry.STORED, m.size(), m.size(), m.crc()), copy);
            if (copy.count != m.size() || copy.crc.getValue() != m.crc() || in.read() != -1) {
                throw new UserFacingException("bundle.export.photoDamaged", m.source().toString());
            }
        } catch (NoSuchFileException missing) {
            throw new UserFacingException(missing, "bundle.export.photoMissing", m.source().toString());
        }
    }

    /** Gives at most {@code limit} bytes of a stream, counting them and taking their CRC. */
    private static final class CheckedCopy extends InputStream {
        private final InputStream in;
        private final long limit;
        private final CRC32 crc = new CRC32();
        private long count;

        CheckedCopy(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (count >= limit) {
                return -1;
            }
            int r = in.read(b, off, (int) Math.min(len, limit - count));
            if (r > 0) {
                crc.update(b, off, r);
                count += r;
            }
            return r;
        }
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
