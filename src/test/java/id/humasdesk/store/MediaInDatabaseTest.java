package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos live in the database (decision 0610): a photo attached on one PC is shown, rendered and
 * exported by another PC that never had the file; the same content is stored once; the limits of
 * the photo importer still hold; photo files of a data directory from before are put into the
 * database at start, once, leaving out a file whose content does not match its name.
 */
@EveryStore
class MediaInDatabaseTest {
    @TempDir
    Path tmp;
    private TestOffice office;
    private Services pc2;

    @AfterEach
    void close() {
        if (pc2 != null) {
            pc2.close();
        }
        if (office != null) {
            office.close();
        }
    }

    private void twoPcs() {
        Path first = tmp.resolve("pc1");
        office = new TestOffice(first);
        Path second = tmp.resolve("pc2");
        pc2 = Wiring.open(second, StoreBackends.share(second, first), office.clock);
    }

    private Path image(String name, int size, int seed) throws Exception {
        Path f = tmp.resolve(name);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(seed);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                img.setRGB(x, y, noise.nextInt());
            }
        }
        ImageIO.write(img, name.endsWith(".png") ? "png" : "jpg", f.toFile());
        return f;
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private long count(String sql) throws Exception {
        try (Connection c = StoreBackends.connect(tmp.resolve("pc1")); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aPhotoAttachedOnOnePcIsExportedByAnotherThatNeverHadTheFile() throws Exception {
        twoPcs();
        OfficeKeyFixture.readyToSign(office, pc2);
        Path png = image("apel.png", 300, 1);
        Photo photo = office.services.photos().importPhoto(png);
        Photo again = office.services.photos().importPhoto(Files.copy(png, tmp.resolve("salinan.png")));
        assertThat(again.sha256()).isEqualTo(photo.sha256());
        assertThat(count("SELECT COUNT(*) FROM media_blob")).as("stored once").isEqualTo(1);
        assertThat(count("SELECT byte_size FROM media_blob")).isEqualTo(Files.size(png));

        ReleaseContent c = office.services.drafts().template(office.writer, ReleaseType.BERITA_KEGIATAN)
                .withHeadline("Apel Siaga Pengawasan").withParagraphs(List.of("Apel digelar di halaman kantor."))
                .withPhotos(List.of(photo.withCaption("Apel siaga").withCredit("Tim Humas")));
        Release r = office.services.drafts().create(office.writer, ReleaseType.BERITA_KEGIATAN, c);
        r = office.services.review().submit(office.writer, r.id(), r.version());
        office.services.review().approve(office.reviewer, r.id(), r.version());

        Path onPc2 = pc2.media().path(photo.sha256(), photo.extension());
        assertThat(onPc2).doesNotExist();
        BundleWriter.Written w = pc2.bundles().export(office.admin, ExportSelection.SINCE_LAST, null,
                BundleWriter.Progress.NONE);
        List<String> entries = new ArrayList<>();
        byte[] inBundle = null;
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(w.file()))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null;) {
                entries.add(e.getName());
                if (e.getName().startsWith("media/")) {
                    inBundle = zin.readAllBytes();
                }
            }
        }
        assertThat(entries).contains("media/" + photo.sha256() + ".png");
        assertThat(inBundle).isEqualTo(Files.readAllBytes(png));
        assertThat(onPc2).as("PC 2 keeps a local copy").exists().hasSameBinaryContentAs(png);
        // Deleting the local copy is harmless: it comes back from the database.
        Files.delete(onPc2);
        assertThat(pc2.media().local(photo.sha256(), photo.extension())).hasSameBinaryContentAs(png);
    }

    @Test
    void theImporterLimitsStillHoldAndRefusedFilesNeverReachTheDatabase() throws Exception {
        twoPcs();
        Path fake = Files.writeString(tmp.resolve("bukan-foto.jpg"), "teks biasa");
        assertThatThrownBy(() -> pc2.photos().importPhoto(fake))
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.photo.type"));
        pc2.settings().put(Wiring.PHOTO_MAX_BYTES, "20000");
        pc2.close();
        Path second = tmp.resolve("pc2");
        pc2 = Wiring.open(second, StoreBackends.target(second), office.clock);
        Path big = image("besar.png", 100, 2);
        assertThatThrownBy(() -> pc2.photos().importPhoto(big))
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.photo.tooLarge"));
        assertThat(count("SELECT COUNT(*) FROM media_blob")).isZero();
    }

    @Test
    void photoFilesFromBeforeArePutIntoTheDatabaseOnceAndADamagedOneIsLeftOut() throws Exception {
        // A data directory as an older version left it: photos only as files named by their hash.
        Path first = tmp.resolve("pc1");
        Path media = first.resolve("media");
        Files.createDirectories(media);
        Path good = image("lama.png", 60, 3);
        String goodSha = sha256(good);
        Files.copy(good, media.resolve(goodSha + ".png"));
        Path other = image("lain.jpg", 60, 4);
        String otherSha = sha256(other);
        Files.copy(other, media.resolve(otherSha + ".jpg"));
        String damagedSha = "ab".repeat(32);
        Files.writeString(media.resolve(damagedSha + ".jpg"), "not the content this name promises");
        Files.writeString(media.resolve("incoming-123.part"), "half a copy");

        office = new TestOffice(first);
        assertThat(count("SELECT COUNT(*) FROM media_blob")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM media_blob WHERE sha256 = '" + damagedSha + "'")).isZero();
        assertThat(media.resolve(DatabaseMediaStore.ADOPTED_MARKER)).exists();

        Path second = tmp.resolve("pc2");
        pc2 = Wiring.open(second, StoreBackends.share(second, first), office.clock);
        assertThat(pc2.media().local(goodSha, "png")).hasSameBinaryContentAs(good);
        assertThat(pc2.media().local(otherSha, "jpg")).hasSameBinaryContentAs(other);
        assertThat(pc2.media().local(damagedSha, "jpg")).doesNotExist();
    }

    @Test
    void anInterruptedAdoptionIsFinishedAtTheNextStart() throws Exception {
        Path first = tmp.resolve("pc1");
        office = new TestOffice(first);
        office.close();
        office = null;
        // As a killed start leaves it: three old files, the first already in the database, no marker.
        Path media = first.resolve("media");
        Files.delete(media.resolve(DatabaseMediaStore.ADOPTED_MARKER));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path f = image("foto" + i + ".png", 40, 10 + i);
            files.add(Files.copy(f, media.resolve(sha256(f) + ".png")));
        }
        try (Connection c = StoreBackends.connect(first);
                var ps = c.prepareStatement("INSERT INTO media_blob (sha256, media_type, byte_size, content, stored_at) "
                        + "VALUES (?, 'image/png', ?, ?, CURRENT_TIMESTAMP)")) {
            ps.setString(1, files.get(0).getFileName().toString().substring(0, 64));
            ps.setLong(2, Files.size(files.get(0)));
            ps.setBytes(3, Files.readAllBytes(files.get(0)));
            ps.executeUpdate();
        }
        office = TestOffice.reopen(first);
        assertThat(count("SELECT COUNT(*) FROM media_blob")).isEqualTo(3);
        assertThat(media.resolve(DatabaseMediaStore.ADOPTED_MARKER)).exists();
    }
}
