package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.draft.PhotoImporter;
import id.humasdesk.model.Photo;
import id.humasdesk.model.UserFacingException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoImportTest {
    @TempDir
    Path dir;

    private Path image(String name, String format, int size) throws Exception {
        Path f = dir.resolve(name);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                img.setRGB(x, y, noise.nextInt());
            }
        }
        ImageIO.write(img, format, f.toFile());
        return f;
    }

    private static String key(Throwable t) {
        return ((UserFacingException) t).messageKey();
    }

    @Test
    void photosAreStoredOnceByContentHash() throws Exception {
        FileMediaStore media = new FileMediaStore(dir.resolve("media"));
        PhotoImporter importer = new PhotoImporter(media, 1_000_000);
        Path png = image("kegiatan.png", "png", 40);
        Photo a = importer.importPhoto(png);
        Photo b = importer.importPhoto(Files.copy(png, dir.resolve("salinan.png")));
        assertThat(a.sha256()).hasSize(64).isEqualTo(b.sha256());
        assertThat(a.mediaType()).isEqualTo("image/png");
        assertThat(Files.list(dir.resolve("media")).toList()).containsExactly(media.path(a.sha256(), "png"));
        assertThat(importer.importPhoto(image("foto.jpg", "jpg", 40)).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void typeIsJudgedByContentAndSizeIsLimited() throws Exception {
        PhotoImporter importer = new PhotoImporter(new FileMediaStore(dir.resolve("media")), 20_000);
        Path fake = Files.writeString(dir.resolve("bukan-foto.jpg"), "teks biasa");
        assertThatThrownBy(() -> importer.importPhoto(fake)).satisfies(e -> assertThat(key(e)).isEqualTo("error.photo.type"));
        Path big = image("besar.png", "png", 100);
        assertThatThrownBy(() -> importer.importPhoto(big))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.photo.tooLarge"));
        assertThatThrownBy(() -> importer.importPhoto(dir.resolve("tidak-ada.png")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.photo.unreadable"));
        assertThat(Files.exists(dir.resolve("media"))).as("nothing stored for refused files")
                .satisfies(exists -> {
                    if (exists) {
                        assertThat(Files.list(dir.resolve("media")).toList()).isEmpty();
                    }
                });
    }
}
