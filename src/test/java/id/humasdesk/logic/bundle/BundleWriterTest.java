package id.humasdesk.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.model.Photo;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.FileMediaStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
    @TempDir
    Path tmp;
    final KeyPair key = Ed25519.generate();

    ManifestSigner signer() {
        return new ManifestSigner() {
            @Override
            public PublicKeyInfo key() {
                return Ed25519.info(key.getPublic());
            }

            @Override
            public PublicKeyInfo nextKey() {
                return null;
            }

            @Override
            public byte[] sign(byte[] manifest) {
                return Ed25519.sign(key.getPrivate(), manifest);
            }
        };
    }

    Photo photo(FileMediaStore media, int seed) throws Exception {
        Path f = tmp.resolve("p" + seed + ".jpg");
        byte[] b = new byte[500 + seed];
        new java.util.Random(seed).nextBytes(b);
        Files.write(f, b);
        return new Photo(media.put(f, "jpg"), "image/jpeg", b.length, "Keterangan", "Kredit");
    }

    List<Release> releases(FileMediaStore media) throws Exception {
        Photo shared = photo(media, 1);
        List<Release> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(BundleFixtures.release(new UUID(0, 100 - i), ReleaseStatus.PUBLISHED, 1,
                    BundleFixtures.sampleContent(List.of(shared, photo(media, 10 + i)))));
        }
        return out;
    }

    BundleWriter.Header header() {
        return new BundleWriter.Header(UUID.fromString("11111111-2222-4333-8444-555555555555"), BundleFixtures.KAUR,
                BundleFixtures.T0, new id.humasdesk.logic.bundle.Manifest.Creator("penyunting", "Hendra Saputra"), null);
    }

    @Test
    void sameInputGivesByteIdenticalFilesWithEachPhotoOnce() throws Exception {
        FileMediaStore media = new FileMediaStore(tmp.resolve("media"));
        List<Release> list = releases(media);
        BundleWriter writer = new BundleWriter(media, BundleLimits.DEFAULT);
        BundleWriter.Written a = writer.write(tmp.resolve("a.humas.zip"), header(), list, signer(),
                BundleWriter.Progress.NONE);
        List<Release> reversed = new ArrayList<>(list);
        java.util.Collections.reverse(reversed);
        BundleWriter.Written b = writer.write(tmp.resolve("b.humas.zip"), header(), reversed, signer(),
                BundleWriter.Progress.NONE);
        assertThat(Files.readAllBytes(a.file())).isEqualTo(Files.readAllBytes(b.file()));
        assertThat(a.sha256()).isEqualTo(b.sha256());
        // the recorded hash is the hash of the file as it lies on disk (it is computed on a thread of its own)
        assertThat(a.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(a.file()))));
        assertThat(a.photos()).isEqualTo(6);
        try (var zip = new java.util.zip.ZipFile(a.file().toFile())) {
            List<String> names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(names.subList(2, 7)).isSorted().allMatch(n -> n.startsWith("items/"));
            assertThat(names.subList(7, names.size())).isSorted().hasSize(6).doesNotHaveDuplicates();
            assertThat(zip.stream().map(e -> e.getLastModifiedTime().toMillis()).distinct()).hasSize(1);
        }
    }

    @Test
    void aDamagedPhotoStopsTheExportAndLeavesNoFile() throws Exception {
        FileMediaStore media = new FileMediaStore(tmp.resolve("media"));
        List<Release> list = releases(media);
        Photo p = list.get(0).content().photos().get(1);
        Files.write(media.path(p.sha256(), "jpg"), new byte[] {1, 2, 3});
        Path target = tmp.resolve("out").resolve("x.humas.zip");
        assertThatThrownBy(() -> new BundleWriter(media, BundleLimits.DEFAULT).write(target, header(), list, signer(),
                BundleWriter.Progress.NONE)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("bundle.export.photoDamaged");
        assertThat(target).doesNotExist();
        assertThat(target.getParent()).satisfiesAnyOf(d -> assertThat(d).doesNotExist(),
                d -> assertThat(d).isEmptyDirectory());
    }

    @Test
    void progressReachesTheTotal() throws Exception {
        FileMediaStore media = new FileMediaStore(tmp.resolve("media"));
        List<long[]> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        new BundleWriter(media, BundleLimits.DEFAULT).write(tmp.resolve("p.humas.zip"), header(), releases(media),
                signer(), (done, total) -> seen.add(new long[] {done, total}));
        assertThat(seen.get(seen.size() - 1)).containsExactly(12, 12);
    }
}
