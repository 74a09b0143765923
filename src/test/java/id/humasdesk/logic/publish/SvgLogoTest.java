package id.humasdesk.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin can pick an SVG logo; it is drawn once, sharp, and never reaches outside the file. */
class SvgLogoTest {
    private static final String FLAG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
              <rect x="0" y="0" width="200" height="50" fill="#CE1126"/>
              <rect x="0" y="50" width="200" height="50" fill="#FFFFFF"/>
            </svg>
            """;

    @TempDir
    Path tmp;
    TestOffice office;
    IdentitySettings settings;

    @BeforeEach
    void open() {
        office = new TestOffice(tmp.resolve("data"));
        settings = office.services.publish().identitySettings();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void svgLogoIsStoredAsASharpPictureAndAppearsOnTheLetterhead() throws Exception {
        Path svg = Files.writeString(tmp.resolve("logo-bawaslu.svg"), FLAG);
        String sha = settings.importImage(office.admin, svg);
        BufferedImage img = ImageIO.read(settings.imagePath(sha).toFile());
        assertThat(img.getWidth()).isEqualTo(SvgPictures.LONG_SIDE);
        assertThat(img.getHeight()).isEqualTo(SvgPictures.LONG_SIDE / 2);
        assertThat(img.getRGB(600, 100) & 0xFFFFFF).as("red upper half").isEqualTo(0xCE1126);
        assertThat(img.getRGB(600, 500) & 0xFFFFFF).as("white lower half").isEqualTo(0xFFFFFF);

        settings.save(office.admin, office.services.publish().identity().withLogo(sha));
        var r = PublishFixture.approved(office, ReleaseType.SIARAN_PERS, PublishFixture.ordinary(java.util.List.of()));
        byte[] pdf = office.services.publish().render(office.reviewer, r.id(), OutputFormat.PDF, null, null).bytes();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage logo = logoOn(d.getPage(0).getResources());
            assertThat(logo).as("a 2:1 picture on the letterhead").isNotNull();
            assertThat(logo.getRGB(logo.getWidth() / 2, logo.getHeight() / 4) & 0xFFFFFF).isEqualTo(0xCE1126);
        }
    }

    @Test
    void svgThatPointsOutsideItselfIsDrawnWithoutFetchingAnything() throws Exception {
        BufferedImage secret = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 10; x++) {
            for (int y = 0; y < 10; y++) {
                secret.setRGB(x, y, 0x00FF00);
            }
        }
        Path outside = tmp.resolve("outside.png");
        ImageIO.write(secret, "png", outside.toFile());
        Path svg = Files.writeString(tmp.resolve("peek.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     viewBox="0 0 100 100">
                  <image x="0" y="0" width="100" height="100" xlink:href="%s"/>
                </svg>
                """.formatted(outside.toUri()));
        BufferedImage img = ImageIO.read(settings.imagePath(settings.importImage(office.admin, svg)).toFile());
        assertThat(img.getRGB(600, 600) & 0xFFFFFF).as("the outside picture was not fetched").isNotEqualTo(0x00FF00);
    }

    @Test
    void brokenOrSizelessSvgGetsAClearMessage() throws Exception {
        Path broken = Files.writeString(tmp.resolve("rusak.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect");
        assertThatThrownBy(() -> settings.importImage(office.admin, broken)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.identity.svgUnreadable");
        Path sizeless = Files.writeString(tmp.resolve("kosong.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThatThrownBy(() -> settings.importImage(office.admin, sizeless))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.identity.svgNoSize");
        Path entity = Files.writeString(tmp.resolve("entitas.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg ["
                + "<!ENTITY x SYSTEM \"" + broken.toUri() + "\">]><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 10 10\"><text>&x;</text></svg>");
        assertThatThrownBy(() -> settings.importImage(office.admin, entity))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.identity.svgUnreadable");
        assertThatThrownBy(() -> settings.importImage(office.writer, tmp.resolve("rusak.svg")))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.auth.roleRequired");
    }

    private static BufferedImage logoOn(PDResources res) throws Exception {
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDImageXObject img && img.getWidth() == 2 * img.getHeight()) {
                return img.getImage();
            }
        }
        return null;
    }
}
