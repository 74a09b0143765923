package id.humasdesk.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.FileOfficeKeyStore;
import id.humasdesk.support.EveryStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles made to hurt: each is refused with its own message, and nothing lands outside tmp. */
@EveryStore
class HostileBundleTest {
    @TempDir
    static Path tmp;
    static Path valid;
    static KeyPair kaurKey;
    static final KeyPair BENGKULU_KEY = Ed25519.generate();
    static final KeyPair STRANGER_KEY = Ed25519.generate();
    static BundleForge forge;
    static int counter;

    @BeforeAll
    static void makeValidBundle() {
        try (Station kaur = new Station(tmp.resolve("kaur"), BundleFixtures.KAUR,
                new Station.TestClock(Instant.parse("2026-11-28T02:00:00Z")))) {
            kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of(kaur.photo(11))));
            kaur.add(ReleaseStatus.APPROVED, Station.content("Dua", List.of()));
            valid = kaur.export().file();
            kaurKey = new FileOfficeKeyStore(kaur.root.resolve("keys")).load(OfficeKeyStore.Slot.CURRENT).orElseThrow();
        }
        forge = new BundleForge(valid);
    }

    static TrustPolicy policy() {
        return new TrustPolicy(new MemoryTrustStore().pin("KAUR", Ed25519.info(kaurKey.getPublic()))
                .pin("BENGKULU", Ed25519.info(BENGKULU_KEY.getPublic())), "RI", null);
    }

    static Path file(byte[] bytes) throws IOException {
        Path f = tmp.resolve("hostile-" + (++counter) + ".humas.zip");
        Files.write(f, bytes);
        return f;
    }

    static AbstractStringAssert<?> refusal(Path f, BundleLimits limits) {
        Path spill = tmp.resolve("spill-" + counter);
        UserFacingException e = (UserFacingException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new BundleReader(limits).read(f, policy(), spill));
        assertThat(e).as("refused").isNotNull();
        if (Files.exists(spill)) {
            try (var s = Files.list(spill)) {
                assertThat(s).as("photos copied before the refusal are removed").isEmpty();
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }
        return assertThat(e.messageKey());
    }

    static AbstractStringAssert<?> refusal(byte[] bytes) throws IOException {
        return refusal(file(bytes), BundleLimits.DEFAULT);
    }

    Map<String, byte[]> files() {
        return new LinkedHashMap<>(forge.files);
    }

    @Test
    void theUntouchedBundlePasses() {
        VerifiedBundle v = new BundleReader(BundleLimits.DEFAULT).read(valid, policy(), null);
        assertThat(v.items()).hasSize(2);
    }

    @Test
    void truncatedZip() throws IOException {
        byte[] all = Files.readAllBytes(valid);
        refusal(Arrays.copyOf(all, all.length / 2)).isEqualTo("bundle.verify.damaged");
        refusal(Arrays.copyOf(all, 40)).isEqualTo("bundle.verify.damaged");
    }

    @Test
    void notAZipAtAll() throws IOException {
        refusal("hello".getBytes(StandardCharsets.UTF_8)).isEqualTo("bundle.verify.notABundle");
    }

    @Test
    void zipSlipAndAbsolutePaths() throws IOException {
        for (String evil : List.of("../evil.txt", "items/../../evil.txt", "/etc/evil", "C:\\evil.txt",
                "items\\evil.json", "items//x.json")) {
            byte[] zip = RawZip.write(List.of(RawZip.Entry.of(evil, "x".getBytes(StandardCharsets.UTF_8))));
            refusal(zip).as(evil).isEqualTo("bundle.verify.unsafePath");
        }
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
        assertThat(tmp.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void duplicateEntries() throws IOException {
        Map<String, byte[]> f = files();
        byte[] m = forge.manifestFor(f, Ed25519.info(kaurKey.getPublic()), forge.manifest.office());
        List<RawZip.Entry> entries = new java.util.ArrayList<>(BundleForge.entries(m, Ed25519.sign(kaurKey.getPrivate(),
                m), f));
        String item = forge.firstItem();
        entries.add(RawZip.Entry.of(item, f.get(item)));
        refusal(RawZip.write(entries)).isEqualTo("bundle.verify.duplicateEntry");
    }

    @Test
    void entryNameThatIsNotUtf8() throws IOException {
        byte[] name = {'i', 't', 'e', 'm', 's', '/', (byte) 0xC3, (byte) 0x28, '.', 'j'};
        refusal(RawZip.write(List.of(new RawZip.Entry(name, new byte[] {1}, -1)))).isEqualTo("bundle.verify.nameEncoding");
    }

    @Test
    void itemThatIsNotUtf8() throws IOException {
        Map<String, byte[]> f = files();
        byte[] item = f.get(forge.firstItem()).clone();
        int at = new String(item, StandardCharsets.ISO_8859_1).indexOf("Dalam rangka");
        item[at] = (byte) 0xC3;
        item[at + 1] = (byte) 0x28;
        f.put(forge.firstItem(), item);
        refusal(forge.signed(f, kaurKey)).isEqualTo("bundle.verify.invalidUtf8");
    }

    @Test
    void deeplyNestedJson() throws IOException {
        Map<String, byte[]> f = files();
        String deep = "{\"uri\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        f.put(forge.firstItem(), deep.getBytes(StandardCharsets.UTF_8));
        refusal(forge.signed(f, kaurKey)).isEqualTo("bundle.verify.jsonTooDeep");
    }

    @Test
    void itemThatIsNotJson() throws IOException {
        Map<String, byte[]> f = files();
        f.put(forge.firstItem(), "{\"uri\": ".getBytes(StandardCharsets.UTF_8));
        refusal(forge.signed(f, kaurKey)).isEqualTo("bundle.verify.jsonInvalid");
    }

    @Test
    void itemNotMatchingTheSchema() throws IOException {
        Map<String, byte[]> f = files();
        String item = new String(f.get(forge.firstItem()), StandardCharsets.UTF_8);
        f.put(forge.firstItem(), item.replaceFirst("\\{", "{\"keywords\":[\"pemilu\"],").getBytes(StandardCharsets.UTF_8));
        refusal(forge.signed(f, kaurKey)).isEqualTo("bundle.verify.itemInvalid");
    }

    @Test
    void itemClaimingAnotherOffice() throws IOException {
        Map<String, byte[]> f = files();
        String item = new String(f.get(forge.firstItem()), StandardCharsets.UTF_8);
        f.put(forge.firstItem(), item.replace("\\\"officeCode\\\":\\\"KAUR\\\"", "\\\"officeCode\\\":\\\"BENGKULU\\\"")
                .getBytes(StandardCharsets.UTF_8));
        refusal(forge.signed(f, kaurKey)).isEqualTo("bundle.verify.itemOfficeMismatch");
    }

    @Test
    void wrongHashAndWrongSize() throws IOException {
        Map<String, byte[]> listed = files();
        byte[] m = forge.manifestFor(listed, Ed25519.info(kaurKey.getPublic()), forge.manifest.office());
        Map<String, byte[]> shipped = files();
        byte[] item = shipped.get(forge.firstItem()).clone();
        item[item.length - 2] = item[item.length - 2] == 'a' ? (byte) 'b' : (byte) 'a';
        shipped.put(forge.firstItem(), item);
        refusal(RawZip.write(BundleForge.entries(m, Ed25519.sign(kaurKey.getPrivate(), m), shipped)))
                .isEqualTo("bundle.verify.hashMismatch");
        shipped.put(forge.firstItem(), Arrays.copyOf(item, item.length + 1));
        refusal(RawZip.write(BundleForge.entries(m, Ed25519.sign(kaurKey.getPrivate(), m), shipped)))
                .isEqualTo("bundle.verify.sizeMismatch");
    }

    /** The office signs a manifest in which one number was written as {@code replacement}. */
    byte[] signedWithNumber(java.util.function.UnaryOperator<String> edit) {
        Map<String, byte[]> f = files();
        String m = new String(forge.manifestFor(f, Ed25519.info(kaurKey.getPublic()), forge.manifest.office()),
                StandardCharsets.UTF_8);
        byte[] edited = edit.apply(m).getBytes(StandardCharsets.UTF_8);
        assertThat(edited).as("the edit changed the manifest").isNotEqualTo(m.getBytes(StandardCharsets.UTF_8));
        return RawZip.write(BundleForge.entries(edited, Ed25519.sign(kaurKey.getPrivate(), edited), f));
    }

    static final java.math.BigInteger TWO = java.math.BigInteger.TWO;

    @Test
    void countsAndSizesThatWouldWrapAreRefusedNotCutToFit() throws IOException {
        int items = (int) files().keySet().stream().filter(p -> p.startsWith("items/")).count();
        String count = "\"itemCount\":" + items;
        for (int bits : new int[] {31, 32, 63, 64, 100}) {
            String wrapped = TWO.pow(bits).add(java.math.BigInteger.valueOf(items)).toString();
            refusal(signedWithNumber(m -> m.replace(count, "\"itemCount\":" + wrapped))).as("itemCount 2^%d+%d", bits,
                    items).isEqualTo("bundle.verify.numberOutOfRange");
        }
        refusal(signedWithNumber(m -> m.replace(count, "\"itemCount\":" + TWO.pow(31)))).as("itemCount 2^31")
                .isEqualTo("bundle.verify.numberOutOfRange");
        refusal(signedWithNumber(m -> m.replace(count, "\"itemCount\":" + items + ".0"))).as("not a whole number")
                .isIn("bundle.verify.numberOutOfRange", "bundle.verify.manifestInvalid");

        String item = forge.firstItem();
        long size = files().get(item).length;
        java.util.regex.Pattern itemSize = java.util.regex.Pattern.compile(
                "(\"path\":\"" + java.util.regex.Pattern.quote(item) + "\",\"sha256\":\"[0-9a-f]{64}\",\"size\":)" + size);
        Map<Integer, String> expected = Map.of(31, "bundle.verify.itemTooLarge", 32, "bundle.verify.itemTooLarge",
                63, "bundle.verify.numberOutOfRange", 64, "bundle.verify.numberOutOfRange",
                100, "bundle.verify.numberOutOfRange");
        expected.forEach((bits, key) -> {
            String wrapped = TWO.pow(bits).add(java.math.BigInteger.valueOf(size)).toString();
            try {
                refusal(signedWithNumber(m -> itemSize.matcher(m).replaceFirst("$1" + wrapped)))
                        .as("size 2^%d+%d", bits, size).isEqualTo(key);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        refusal(signedWithNumber(m -> itemSize.matcher(m).replaceFirst("$1" + Long.MAX_VALUE))).as("size 2^63-1")
                .isEqualTo("bundle.verify.itemTooLarge");
        String photo = files().keySet().stream().filter(p -> p.startsWith("media/")).findFirst().orElseThrow();
        long photoSize = files().get(photo).length;
        String wrappedPhoto = TWO.pow(64).add(java.math.BigInteger.valueOf(photoSize)).toString();
        refusal(signedWithNumber(m -> m.replaceFirst("(\"path\":\"" + java.util.regex.Pattern.quote(photo)
                + "\",\"sha256\":\"[0-9a-f]{64}\",\"size\":)" + photoSize, "$1" + wrappedPhoto)))
                .as("photo size 2^64+%d", photoSize).isEqualTo("bundle.verify.numberOutOfRange");
    }

    /** The genuine bundle's entries in order, as raw stored entries. */
    List<RawZip.Entry> genuineEntries() {
        Map<String, byte[]> f = files();
        byte[] m = forge.manifestFor(f, Ed25519.info(kaurKey.getPublic()), forge.manifest.office());
        return BundleForge.entries(m, Ed25519.sign(kaurKey.getPrivate(), m), f);
    }

    @Test
    void theTwoFacedZipOfIssue10IsRefused() throws IOException {
        List<RawZip.Entry> genuine = genuineEntries();
        RawZip.Builder b = new RawZip.Builder();
        genuine.forEach(b::local);
        b.raw("XXXX".getBytes(StandardCharsets.US_ASCII));
        RawZip.Entry otherManifest = RawZip.Entry.of(BundleFormat.MANIFEST, "{\"siaran\":\"palsu\"}"
                .getBytes(StandardCharsets.UTF_8));
        RawZip.Entry readMe = RawZip.Entry.of("BACA-SAYA.txt", "Buka tautan ini".getBytes(StandardCharsets.UTF_8));
        int m = b.local(otherManifest);
        int r = b.local(readMe);
        byte[] zip = b.central(otherManifest, m).central(readMe, r).finish(new byte[0]);
        Path f = file(zip);
        try (java.util.zip.ZipFile other = new java.util.zip.ZipFile(f.toFile())) {
            assertThat(other.stream().map(ZipEntry::getName)).as("what unzip -l shows")
                    .containsExactly(BundleFormat.MANIFEST, "BACA-SAYA.txt");
        }
        refusal(f, BundleLimits.DEFAULT).isEqualTo("bundle.verify.zipInconsistent");
    }

    @Test
    void theCentralDirectoryMustAgreeWithTheLocalEntries() throws IOException {
        List<RawZip.Entry> genuine = genuineEntries();
        Map<String, java.util.function.Function<List<RawZip.Entry>, byte[]>> faces = new LinkedHashMap<>();
        faces.put("an entry renamed in the central directory", e -> twoFaced(e, e.size() - 1,
                RawZip.Entry.of("items/00000000-0000-4000-8000-000000000000.json", e.get(e.size() - 1).data())));
        faces.put("another CRC in the central directory", e -> twoFaced(e, 2, new RawZip.Entry(e.get(2).name(),
                "lain".getBytes(StandardCharsets.UTF_8), e.get(2).data().length)));
        faces.put("another size in the central directory", e -> twoFaced(e, 2, new RawZip.Entry(e.get(2).name(),
                e.get(2).data(), e.get(2).data().length + 1L)));
        faces.put("an entry missing from the central directory", e -> {
            RawZip.Builder b = new RawZip.Builder();
            List<Integer> at = new java.util.ArrayList<>();
            e.forEach(x -> at.add(b.local(x)));
            for (int i = 0; i < e.size() - 1; i++) {
                b.central(e.get(i), at.get(i));
            }
            return b.finish(new byte[0]);
        });
        faces.put("an entry only in the central directory", e -> {
            RawZip.Builder b = new RawZip.Builder();
            List<Integer> at = new java.util.ArrayList<>();
            e.forEach(x -> at.add(b.local(x)));
            for (int i = 0; i < e.size(); i++) {
                b.central(e.get(i), at.get(i));
            }
            return b.central(RawZip.Entry.of("BACA-SAYA.txt", e.get(2).data()), at.get(2)).finish(new byte[0]);
        });
        faces.put("the central directory in another order", e -> {
            RawZip.Builder b = new RawZip.Builder();
            List<Integer> at = new java.util.ArrayList<>();
            e.forEach(x -> at.add(b.local(x)));
            for (int i = 0; i < e.size(); i++) {
                int j = i == 2 ? 3 : i == 3 ? 2 : i;
                b.central(e.get(j), at.get(j));
            }
            return b.finish(new byte[0]);
        });
        faces.put("data before the first entry", e -> {
            byte[] zip = RawZip.write(e);
            byte[] out = new byte[zip.length + 8];
            System.arraycopy(zip, 0, out, 8, zip.length);
            return out;
        });
        faces.put("data after the end record", e -> {
            byte[] zip = RawZip.write(e);
            return Arrays.copyOf(zip, zip.length + 16);
        });
        faces.put("a zip signature hidden in the comment", e -> {
            RawZip.Builder b = new RawZip.Builder();
            List<Integer> at = new java.util.ArrayList<>();
            e.forEach(x -> at.add(b.local(x)));
            for (int i = 0; i < e.size(); i++) {
                b.central(e.get(i), at.get(i));
            }
            return b.finish(new byte[] {'P', 'K', 5, 6, 0, 0});
        });
        for (var face : faces.entrySet()) {
            if (face.getKey().startsWith("data before")) {
                // the stream finds no entry at the start: not a bundle at all, as before
                refusal(face.getValue().apply(genuine)).as(face.getKey()).isIn("bundle.verify.notABundle",
                        "bundle.verify.zipInconsistent");
            } else {
                refusal(face.getValue().apply(genuine)).as(face.getKey()).isEqualTo("bundle.verify.zipInconsistent");
            }
        }
        RawZip.Builder b = new RawZip.Builder();
        List<Integer> at = new java.util.ArrayList<>();
        genuine.forEach(x -> at.add(b.local(x)));
        for (int i = 0; i < genuine.size(); i++) {
            b.central(genuine.get(i), at.get(i));
        }
        Path withComment = file(b.finish("Bundel Bawaslu Kaur".getBytes(StandardCharsets.UTF_8)));
        assertThat(new BundleReader(BundleLimits.DEFAULT).read(withComment, policy(), null).items())
                .as("a plain comment is allowed").hasSize(2);
    }

    /** Local entries as given; the central directory lists entry {@code index} as {@code listed}. */
    static byte[] twoFaced(List<RawZip.Entry> entries, int index, RawZip.Entry listed) {
        RawZip.Builder b = new RawZip.Builder();
        List<Integer> at = new java.util.ArrayList<>();
        entries.forEach(x -> at.add(b.local(x)));
        for (int i = 0; i < entries.size(); i++) {
            b.central(i == index ? listed : entries.get(i), at.get(i));
        }
        return b.finish(new byte[0]);
    }

    @Test
    void tamperedManifest() throws IOException {
        Map<String, byte[]> f = files();
        byte[] m = forge.manifestFor(f, Ed25519.info(kaurKey.getPublic()), forge.manifest.office());
        byte[] sig = Ed25519.sign(kaurKey.getPrivate(), m);
        byte[] changed = new String(m, StandardCharsets.UTF_8).replace("2026-11-28T05:00:00Z", "2026-11-29T05:00:00Z")
                .getBytes(StandardCharsets.UTF_8);
        refusal(RawZip.write(BundleForge.entries(changed, sig, f))).isEqualTo("bundle.verify.signatureInvalid");
        byte[] shortSig = Arrays.copyOf(sig, 10);
        refusal(RawZip.write(BundleForge.entries(m, shortSig, f))).isEqualTo("bundle.verify.signatureInvalid");
    }

    @Test
    void validSignatureFromAnUnknownKey() throws IOException {
        refusal(forge.signed(files(), STRANGER_KEY)).isEqualTo("bundle.verify.keyNotPinned");
    }

    @Test
    void validSignatureFromAnotherOfficesKey() throws IOException {
        refusal(forge.signed(files(), BENGKULU_KEY)).isEqualTo("bundle.verify.keyOfOtherOffice");
    }

    @Test
    void officeWithoutPinnedKey() throws IOException {
        Manifest.OfficeInfo other = new Manifest.OfficeInfo("MUKOMUKO", "Bawaslu Kabupaten Mukomuko", "KABUPATEN",
                "BENGKULU", "Asia/Jakarta");
        refusal(forge.signed(files(), STRANGER_KEY, other)).isEqualTo("bundle.verify.officeNotTrusted");
    }

    @Test
    void manifestMustComeFirstAndSignatureSecond() throws IOException {
        Map<String, byte[]> f = files();
        byte[] m = forge.manifestFor(f, Ed25519.info(kaurKey.getPublic()), forge.manifest.office());
        List<RawZip.Entry> entries = new java.util.ArrayList<>(BundleForge.entries(m, Ed25519.sign(kaurKey.getPrivate(),
                m), f));
        java.util.Collections.swap(entries, 0, 2);
        refusal(RawZip.write(entries)).isEqualTo("bundle.verify.manifestNotFirst");
        entries = new java.util.ArrayList<>(BundleForge.entries(m, new byte[64], f));
        entries.remove(1);
        refusal(RawZip.write(entries)).isEqualTo("bundle.verify.signatureMissing");
    }

    @Test
    void filesNotListedMissingOrForeign() throws IOException {
        Map<String, byte[]> f = files();
        byte[] m = forge.manifestFor(f, Ed25519.info(kaurKey.getPublic()), forge.manifest.office());
        byte[] sig = Ed25519.sign(kaurKey.getPrivate(), m);
        Map<String, byte[]> fewer = files();
        fewer.remove(forge.firstItem());
        refusal(RawZip.write(BundleForge.entries(m, sig, fewer))).isEqualTo("bundle.verify.fileMissing");
        Map<String, byte[]> more = files();
        more.put("items/00000000-0000-4000-8000-00000000abcd.json", "{}".getBytes(StandardCharsets.UTF_8));
        refusal(RawZip.write(BundleForge.entries(m, sig, more))).isEqualTo("bundle.verify.unlistedFile");
        Map<String, byte[]> odd = files();
        odd.put("readme.txt", "hi".getBytes(StandardCharsets.UTF_8));
        refusal(RawZip.write(BundleForge.entries(m, sig, odd))).isEqualTo("bundle.verify.unexpectedEntry");
    }

    @Test
    void photoUsedButNotShipped() throws IOException {
        Map<String, byte[]> f = files();
        f.keySet().removeIf(p -> p.startsWith("media/"));
        refusal(forge.signed(f, kaurKey)).isEqualTo("bundle.verify.photoMissing");
    }

    @Test
    void zipBombByRatio() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(BundleFormat.MANIFEST));
            zip.write(new byte[12 << 20]);
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(100_000);
        refusal(bytes.toByteArray()).isEqualTo("bundle.verify.compressionRatio");
    }

    @Test
    void zipBombByHugeSizeIsCutAtTheCapWhateverTheHeadersSay() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(BundleFormat.MANIFEST));
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        BundleLimits noRatioGuard = new BundleLimits(200L << 20, 20L << 20, 10_000, 2L << 20, 16L << 20, 1L << 30,
                Integer.MAX_VALUE);
        refusal(file(bytes.toByteArray()), noRatioGuard).isEqualTo("bundle.verify.manifestTooLarge");
        refusal(file(bytes.toByteArray()), noRatioGuard.withMaxUncompressedBytes(8L << 20))
                .isEqualTo("bundle.verify.uncompressedTooLarge");
    }

    @Test
    void limitsAreConfigurable() throws IOException {
        refusal(valid, BundleLimits.DEFAULT.withMaxBundleBytes(100)).isEqualTo("bundle.verify.tooLarge");
        refusal(valid, BundleLimits.DEFAULT.withMaxItems(1)).isEqualTo("bundle.verify.tooManyItems");
        refusal(valid, BundleLimits.DEFAULT.withMaxPhotoBytes(100)).isEqualTo("bundle.verify.photoTooLarge");
    }

    @Test
    void unsupportedFormatVersion() throws IOException {
        Map<String, byte[]> f = files();
        byte[] m = new String(forge.manifestFor(f, Ed25519.info(kaurKey.getPublic()), forge.manifest.office()),
                StandardCharsets.UTF_8).replace("\"version\":1", "\"version\":2").getBytes(StandardCharsets.UTF_8);
        refusal(RawZip.write(BundleForge.entries(m, Ed25519.sign(kaurKey.getPrivate(), m), f)))
                .isEqualTo("bundle.verify.formatUnsupported");
    }

    @Test
    void missingFileGivesItsOwnMessage() {
        assertThatThrownBy(() -> new BundleReader(BundleLimits.DEFAULT).read(tmp.resolve("nope.zip"), policy(), null))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("bundle.verify.fileNotFound");
    }
}
