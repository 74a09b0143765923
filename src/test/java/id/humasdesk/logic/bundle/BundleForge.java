package id.humasdesk.logic.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Takes a real bundle apart and builds altered ones: changed files with a correctly re-signed
 * manifest (so the change reaches the deeper checks), or raw zips with any entries at all.
 */
final class BundleForge {
    final Manifest manifest;
    final Map<String, byte[]> files = new LinkedHashMap<>();

    BundleForge(Path bundle) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(bundle)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), zip.readAllBytes());
            }
            manifest = Manifest.fromJson(CanonicalJson.read(files.get(BundleFormat.MANIFEST)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.remove(BundleFormat.MANIFEST);
        files.remove(BundleFormat.SIGNATURE);
    }

    String firstItem() {
        return files.keySet().stream().filter(p -> p.startsWith("items/")).findFirst().orElseThrow();
    }

    /** A manifest listing exactly {@code content}, signed with {@code key} under {@code signerInfo}. */
    byte[] manifestFor(Map<String, byte[]> content, PublicKeyInfo signerInfo, Manifest.OfficeInfo office) {
        List<Manifest.FileEntry> list = new ArrayList<>();
        int items = 0;
        for (var e : content.entrySet()) {
            list.add(new Manifest.FileEntry(e.getKey(), e.getValue().length,
                    HexFormat.of().formatHex(Ed25519.sha256(e.getValue()))));
            items += e.getKey().startsWith("items/") ? 1 : 0;
        }
        return new Manifest(UUID.randomUUID(), office, Instant.parse("2026-11-28T05:00:00Z"), manifest.createdBy(),
                manifest.previousBundleId(), signerInfo, null, items, list).toBytes();
    }

    /** Raw entries in order: manifest, signature, then the files. */
    static List<RawZip.Entry> entries(byte[] manifestBytes, byte[] signature, Map<String, byte[]> content) {
        List<RawZip.Entry> out = new ArrayList<>();
        out.add(RawZip.Entry.of(BundleFormat.MANIFEST, manifestBytes));
        out.add(RawZip.Entry.of(BundleFormat.SIGNATURE, signature));
        content.forEach((k, v) -> out.add(RawZip.Entry.of(k, v)));
        return out;
    }

    /** The files as given, re-listed and re-signed with the key pair, as stored zip bytes. */
    byte[] signed(Map<String, byte[]> content, KeyPair key) {
        return signed(content, key, manifest.office());
    }

    byte[] signed(Map<String, byte[]> content, KeyPair key, Manifest.OfficeInfo office) {
        byte[] m = manifestFor(content, Ed25519.info(key.getPublic()), office);
        return RawZip.write(entries(m, Ed25519.sign(key.getPrivate(), m), content));
    }
}
