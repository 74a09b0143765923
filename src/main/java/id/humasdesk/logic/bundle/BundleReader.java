package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import id.humasdesk.model.Photo;
import id.humasdesk.model.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a bundle from outside as hostile input. The zip is streamed entry by entry from the local
 * headers (the central directory and its sizes are never trusted for reading), every entry is read
 * through a size cap, and the ratio of produced to consumed bytes is watched so a zip bomb stops early.
 * The manifest must come first and its signature second, so nothing else is parsed before the
 * sender is known. At the end the central directory must describe exactly the streamed entries
 * ({@link ZipLayout}), so other zip tools show the same files. Fails fast with one specific message
 * key per kind of problem.
 */
public final class BundleReader {
    /** Below this much output, a high compression ratio is normal (small JSON files). */
    private static final long RATIO_FLOOR = 1L << 20;
    private final BundleLimits limits;

    public BundleReader(BundleLimits limits) {
        this.limits = limits;
    }

    /**
     * Checks the bundle completely. With a {@code spillDir}, photos are copied there (to files
     * the caller deletes); without, they are only hashed.
     */
    public VerifiedBundle read(Path file, KeyTrust trust, Path spillDir) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "bundle.verify.fileNotFound", file.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.verify.unreadable", name);
        }
        if (size > limits.maxBundleBytes()) {
            throw new UserFacingException("bundle.verify.tooLarge", name, size, limits.maxBundleBytes());
        }
        Map<String, Path> spilled = new HashMap<>();
        boolean ok = false;
        try (InputStream raw = Files.newInputStream(file)) {
            MessageDigest fileSha = BundleWriter.sha256();
            BoundedInput counted = new BoundedInput(new DigestInputStream(new java.io.BufferedInputStream(raw, 1 << 16),
                    fileSha));
            State s = new State(trust, spillDir, spilled);
            try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
                readEntries(zip, counted, s);
                counted.transferTo(OutputStream.nullOutputStream());
            }
            VerifiedBundle v = finish(file, size, BundleWriter.hex(fileSha.digest()), s);
            ZipLayout.check(file, s.streamed, 2L + 2L * limits.maxItems());
            ok = true;
            return v;
        } catch (ZipException | EOFException e) {
            throw new UserFacingException(e, "bundle.verify.damaged", name);
        } catch (IllegalArgumentException e) {
            // ZipInputStream reports an entry name that is not valid UTF-8 this way
            throw new UserFacingException(e, "bundle.verify.nameEncoding", name);
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.verify.unreadable", name);
        } finally {
            if (!ok) {
                deleteAll(spilled);
            }
        }
    }

    /** What was seen so far while streaming. */
    private static final class State {
        final KeyTrust trust;
        final Path spillDir;
        final Map<String, Path> spilled;
        final Set<String> seen = new HashSet<>();
        final List<ReceivedItem> items = new ArrayList<>();
        final List<ZipLayout.Seen> streamed = new ArrayList<>();
        Map<String, Manifest.FileEntry> listed;
        Manifest manifest;
        byte[] manifestBytes;
        int entries;
        long produced;

        State(KeyTrust trust, Path spillDir, Map<String, Path> spilled) {
            this.trust = trust;
            this.spillDir = spillDir;
            this.spilled = spilled;
        }
    }

    private void readEntries(ZipInputStream zip, BoundedInput counted, State s) throws IOException {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            String path = e.getName();
            checkPath(path);
            if (!s.seen.add(path)) {
                throw new UserFacingException("bundle.verify.duplicateEntry", path);
            }
            if (++s.entries > 2L + 2L * limits.maxItems()) {
                throw new UserFacingException("bundle.verify.tooManyEntries", limits.maxItems());
            }
            if (s.entries == 1 && !BundleFormat.MANIFEST.equals(path)) {
                throw new UserFacingException("bundle.verify.manifestNotFirst", path);
            }
            if (s.entries == 2 && !BundleFormat.SIGNATURE.equals(path)) {
                throw new UserFacingException("bundle.verify.signatureMissing");
            }
            long start = counted.count();
            if (BundleFormat.MANIFEST.equals(path)) {
                readManifest(read(zip, e, path, limits.maxManifestBytes(), "bundle.verify.manifestTooLarge", counted,
                        start, s), s);
            } else if (BundleFormat.SIGNATURE.equals(path)) {
                byte[] sig = read(zip, e, path, Ed25519.SIGNATURE_BYTES, "bundle.verify.signatureInvalid", counted,
                        start, s);
                s.trust.check(s.manifest, s.manifestBytes, sig);
            } else if (BundleFormat.ITEM_PATH.matcher(path).matches()) {
                Manifest.FileEntry listed = listed(s, path);
                if (s.items.size() >= limits.maxItems()) {
                    throw new UserFacingException("bundle.verify.tooManyItems", limits.maxItems());
                }
                byte[] bytes = read(zip, e, path, limits.maxItemBytes(), "bundle.verify.itemTooLarge", counted, start, s);
                checkSizeAndHash(listed, bytes.length, BundleWriter.hex(Ed25519.sha256(bytes)));
                s.items.add(readItem(path, bytes, listed.sha256(), s.manifest));
            } else if (BundleFormat.MEDIA_PATH.matcher(path).matches()) {
                Manifest.FileEntry listed = listed(s, path);
                copyPhoto(zip, e, path, listed, counted, start, s);
            } else {
                throw new UserFacingException("bundle.verify.unexpectedEntry", path);
            }
            s.streamed.add(new ZipLayout.Seen(path, e.getCrc(), e.getCompressedSize(), e.getSize()));
        }
    }

    /** Zip-slip and friends: only our own flat names, nothing absolute, no climbing up. */
    private static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.contains("\\")
                || path.contains("..") || path.contains(":") || path.indexOf('\0') >= 0 || path.endsWith("/")
                || path.contains("//")) {
            throw new UserFacingException("bundle.verify.unsafePath", printable(path));
        }
    }

    private static String printable(String s) {
        String p = s.replaceAll("\\p{Cntrl}", "?");
        return p.length() > 200 ? p.substring(0, 200) + "…" : p;
    }

    private Manifest.FileEntry listed(State s, String path) {
        Manifest.FileEntry f = s.listed.get(path);
        if (f == null) {
            throw new UserFacingException("bundle.verify.unlistedFile", path);
        }
        return f;
    }

    private static void checkSizeAndHash(Manifest.FileEntry listed, long size, String sha) {
        if (size != listed.size()) {
            throw new UserFacingException("bundle.verify.sizeMismatch", listed.path(), size, listed.size());
        }
        if (!sha.equals(listed.sha256())) {
            throw new UserFacingException("bundle.verify.hashMismatch", listed.path());
        }
    }

    private byte[] read(ZipInputStream zip, ZipEntry e, String path, long cap, String tooLargeKey,
            BoundedInput counted, long start, State s) throws IOException {
        if (e.getSize() > cap) {
            throw new UserFacingException(tooLargeKey, path, e.getSize(), cap);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, 64 * 1024));
        pump(zip, out, path, cap, tooLargeKey, counted, start, s, null);
        return out.toByteArray();
    }

    /** Copies at most {@code cap} bytes, checking the running totals and ratio as it goes. */
    private long pump(ZipInputStream zip, OutputStream out, String path, long cap, String tooLargeKey,
            BoundedInput counted, long start, State s, MessageDigest sha) throws IOException {
        byte[] buf = new byte[16 * 1024];
        long n = 0;
        for (int r; (r = zip.read(buf)) > 0; ) {
            n += r;
            s.produced += r;
            if (n > cap) {
                throw new UserFacingException(tooLargeKey, path, n, cap);
            }
            if (s.produced > limits.maxUncompressedBytes()) {
                throw new UserFacingException("bundle.verify.uncompressedTooLarge", limits.maxUncompressedBytes());
            }
            long consumed = Math.max(1, counted.count() - start);
            if ((n > RATIO_FLOOR && n / consumed > limits.maxCompressionRatio())
                    || (s.produced > RATIO_FLOOR && s.produced / Math.max(1, counted.count())
                            > limits.maxCompressionRatio())) {
                throw new UserFacingException("bundle.verify.compressionRatio", path, limits.maxCompressionRatio());
            }
            if (sha != null) {
                sha.update(buf, 0, r);
            }
            out.write(buf, 0, r);
        }
        return n;
    }

    private void readManifest(byte[] bytes, State s) {
        JsonNode node = parse(BundleFormat.MANIFEST, bytes);
        Optional<String> problem = BundleSchemas.get().checkManifest(node);
        if (problem.isPresent()) {
            if (!node.path("format").path("name").asText().equals(BundleFormat.NAME)
                    || node.path("format").path("version").asInt() != BundleFormat.VERSION) {
                throw new UserFacingException("bundle.verify.formatUnsupported",
                        printable(node.path("format").path("name").asText()), node.path("format").path("version").asText());
            }
            throw new UserFacingException("bundle.verify.manifestInvalid", printable(problem.get()));
        }
        Manifest m = Manifest.fromJson(node);
        if (m.itemCount() > limits.maxItems()) {
            throw new UserFacingException("bundle.verify.tooManyItems", limits.maxItems());
        }
        Map<String, Manifest.FileEntry> listed = new LinkedHashMap<>();
        int items = 0;
        long total = 0;
        for (Manifest.FileEntry f : m.files()) {
            if (listed.put(f.path(), f) != null) {
                throw new UserFacingException("bundle.verify.duplicateEntry", f.path());
            }
            items += f.path().startsWith(BundleFormat.ITEMS_DIR) ? 1 : 0;
            if (f.path().startsWith(BundleFormat.MEDIA_DIR) && f.size() > limits.maxPhotoBytes()) {
                throw new UserFacingException("bundle.verify.photoTooLarge", f.path(), f.size(), limits.maxPhotoBytes());
            }
            if (f.path().startsWith(BundleFormat.ITEMS_DIR) && f.size() > limits.maxItemBytes()) {
                throw new UserFacingException("bundle.verify.itemTooLarge", f.path(), f.size(), limits.maxItemBytes());
            }
            total = f.size() > Long.MAX_VALUE - total ? Long.MAX_VALUE : total + f.size();
            if (total > limits.maxUncompressedBytes()) {
                throw new UserFacingException("bundle.verify.uncompressedTooLarge", limits.maxUncompressedBytes());
            }
        }
        if (items != m.itemCount()) {
            throw new UserFacingException("bundle.verify.itemCountMismatch", items, m.itemCount());
        }
        s.manifest = m;
        s.manifestBytes = bytes;
        s.listed = listed;
    }

    private static ReceivedItem readItem(String path, byte[] bytes, String sha, Manifest m) {
        JsonNode node = parse(path, bytes);
        Optional<String> problem = BundleSchemas.get().checkItem(node);
        if (problem.isPresent()) {
            throw new UserFacingException("bundle.verify.itemInvalid", path, printable(problem.get()));
        }
        Matcher pm = BundleFormat.ITEM_PATH.matcher(path);
        pm.matches();
        ReceivedItem item = NinjsReader.read(node, path, new String(bytes, StandardCharsets.UTF_8), sha);
        if (!item.id().equals(UUID.fromString(pm.group(1)))) {
            throw new UserFacingException("bundle.verify.itemIdMismatch", path);
        }
        if (!item.officeCode().equals(m.office().code())) {
            throw new UserFacingException("bundle.verify.itemOfficeMismatch", path, printable(item.officeCode()),
                    m.office().code());
        }
        return item;
    }

    private void copyPhoto(ZipInputStream zip, ZipEntry e, String path, Manifest.FileEntry listed,
            BoundedInput counted, long start, State s) throws IOException {
        if (e.getSize() > limits.maxPhotoBytes()) {
            throw new UserFacingException("bundle.verify.photoTooLarge", path, e.getSize(), limits.maxPhotoBytes());
        }
        MessageDigest sha = BundleWriter.sha256();
        Path tmp = null;
        OutputStream out;
        if (s.spillDir != null) {
            Files.createDirectories(s.spillDir);
            tmp = Files.createTempFile(s.spillDir, "photo-", ".part");
            s.spilled.put(path, tmp);
            out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp));
        } else {
            out = OutputStream.nullOutputStream();
        }
        long n;
        try (OutputStream o = out) {
            n = pump(zip, o, path, limits.maxPhotoBytes(), "bundle.verify.photoTooLarge", counted, start, s, sha);
        }
        checkSizeAndHash(listed, n, BundleWriter.hex(sha.digest()));
    }

    private static JsonNode parse(String path, byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "bundle.verify.invalidUtf8", path);
        }
        try {
            JsonNode n = CanonicalJson.read(bytes);
            if (n == null || !n.isObject()) {
                throw new UserFacingException("bundle.verify.jsonInvalid", path);
            }
            return n;
        } catch (StreamConstraintsException e) {
            throw new UserFacingException(e, String.valueOf(e.getMessage()).contains("nesting depth")
                    ? "bundle.verify.jsonTooDeep" : "bundle.verify.jsonTooLarge", path);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "bundle.verify.jsonInvalid", path);
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.verify.jsonInvalid", path);
        }
    }

    private static VerifiedBundle finish(Path file, long size, String sha, State s) {
        if (s.manifest == null) {
            throw new UserFacingException(startsLikeZip(file) ? "bundle.verify.damaged" : "bundle.verify.notABundle",
                    file.getFileName().toString());
        }
        if (s.entries < 2) {
            throw new UserFacingException("bundle.verify.signatureMissing");
        }
        for (String path : s.listed.keySet()) {
            if (!s.seen.contains(path)) {
                throw new UserFacingException("bundle.verify.fileMissing", path);
            }
        }
        for (ReceivedItem item : s.items) {
            for (Photo p : item.content().photos()) {
                String path = BundleFormat.mediaPath(p.sha256(), p.extension());
                if (!s.listed.containsKey(path)) {
                    throw new UserFacingException("bundle.verify.photoMissing", path, item.id().toString());
                }
            }
        }
        return new VerifiedBundle(file, size, sha, s.manifest, List.copyOf(s.items), Map.copyOf(s.spilled));
    }

    /** A zip whose first header cannot be read is damaged, not some other kind of file. */
    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteAll(Map<String, Path> files) {
        for (Path p : files.values()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // temporary files in the data directory's tmp folder; cleaned again on next start
            }
        }
    }
}
