package id.humasdesk.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Channel;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output of a release, opened again with PDFBox, POI and ImageIO and checked as a reader would. */
class PublishServiceTest {
    @TempDir
    Path tmp;
    TestOffice office;
    Services s;
    PublishService publish;

    @BeforeEach
    void open() {
        office = new TestOffice(tmp.resolve("data"));
        s = office.services;
        publish = s.publish();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Output render(Release r, OutputFormat f) {
        return publish.render(office.writer, r.id(), f, CardLayout.BAND, CardLayout.Size.SQUARE);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void approvedReleaseGivesAnA4LetterheadPdfWithEmbeddedFontsMetadataAndEveryPart() throws Exception {
        List<Photo> photos = PublishFixture.photos(s, tmp, 2);
        Release r = PublishFixture.approved(office, ReleaseType.SIARAN_PERS, PublishFixture.ordinary(photos));
        Output pdf = render(r, OutputFormat.PDF);
        PublishFixture.keep("siaran-pers.pdf", pdf.bytes());
        String text = pdfText(pdf.bytes());
        assertThat(text).contains("BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN KAUR", "Siaran Pers".toUpperCase(),
                "Nomor: " + r.number(), "Bawaslu Kaur Gelar Apel Siaga Pengawasan Masa Tenang",
                "Kaur, 29 November 2026 –", "pukul 10.00 WIB", "kampanye terselubung",
                PublishFixture.DIACRITIC_NAME, "Foto: Tim Humas Bawaslu Kabupaten Kaur", "Narasumber",
                "Narahubung: Rina Marlina").doesNotContain("DRAF");
        try (PDDocument d = Loader.loadPDF(pdf.bytes())) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
            assertThat(d.getPage(0).getMediaBox().getHeight()).isBetween(841f, 842f);
            var info = d.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(r.content().headline());
            assertThat(info.getAuthor()).isEqualTo("Badan Pengawas Pemilihan Umum Kabupaten Kaur");
            assertThat(info.getCustomMetadataValue("ReleaseUUID")).isEqualTo(r.id().toString());
            assertThat(info.getKeywords()).contains(r.id().toString());
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "2").contains("pdfaid:conformance", "B");
            for (var name : d.getPage(0).getResources().getFontNames()) {
                PDFont f = d.getPage(0).getResources().getFont(name);
                assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue();
            }
            assertThat(d.getPage(0).getResources().getXObjectNames()).as("photos are in the page").isNotEmpty();
        }
    }

    @Test
    void pengumumanCarriesTheSignatureBlockAndSiaranPersDoesNot() throws Exception {
        OfficeIdentity id = publish.identity();
        publish.identitySettings().save(office.admin, new OfficeIdentity(id.officeName(), id.parentLine(),
                "Jl. Jenderal Sudirman No. 12, Bintuhan", "(0739) 21234", "humas@kaur.example", "kaur.example", "",
                "Hj. Nurhasanah, S.H.", "Ketua Bawaslu Kabupaten Kaur", "", "", "", ""));
        Release notice = PublishFixture.approved(office, ReleaseType.PENGUMUMAN, PublishFixture.ordinary(List.of()));
        Release press = PublishFixture.approved(office, ReleaseType.SIARAN_PERS, PublishFixture.ordinary(List.of()));
        assertThat(pdfText(render(notice, OutputFormat.PDF).bytes())).contains("Hj. Nurhasanah, S.H.",
                "Kaur, 29 November 2026", "Jl. Jenderal Sudirman No. 12, Bintuhan", "humas@kaur.example");
        assertThat(pdfText(render(press, OutputFormat.PDF).bytes())).doesNotContain("Hj. Nurhasanah");
    }

    @Test
    void stressReleaseWithThirtyParagraphsTenPhotosAndALongHeadlineLosesNothing() throws Exception {
        Release r = PublishFixture.approved(office, ReleaseType.BERITA_KEGIATAN,
                PublishFixture.stress(PublishFixture.photos(s, tmp, 10)));
        Output pdf = render(r, OutputFormat.PDF);
        PublishFixture.keep("stress.pdf", pdf.bytes());
        String text = pdfText(pdf.bytes());
        for (int i = 1; i <= 30; i++) {
            assertThat(text).contains(i % 7 == 0 ? "Paragraf kutipan ke-" + i : "Paragraf ke-" + i + " menjelaskan");
        }
        for (int i = 1; i <= 10; i++) {
            assertThat(text).contains("sesi " + i + " di Aula");
        }
        assertThat(text).contains("Muḥammad Šarif Çelik", PublishFixture.DIACRITIC_NAME,
                "Mengawasi Masa Tenang hingga Pemungutan Suara Ulang di Tujuh Kecamatan");
        try (PDDocument d = Loader.loadPDF(pdf.bytes())) {
            assertThat(d.getNumberOfPages()).isGreaterThan(2);
            int images = 0;
            for (var page : d.getPages()) {
                for (var n : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(n) ? 1 : 0;
                }
            }
            assertThat(images).as("ten photos placed").isEqualTo(10);
        }
        Output docx = render(r, OutputFormat.DOCX);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertThat(d.getAllPictures()).hasSize(10);
            assertThat(d.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyleID()))).hasSize(10);
        }
        for (CardLayout.Size size : CardLayout.Size.values()) {
            CardRenderer.Drawn card = new CardRenderer().draw(publish.sheet(office.writer, r.id()), CardLayout.OVERLAY,
                    size);
            assertThat(card.headline().size()).as("long headline shrinks").isLessThan(CardRenderer.MAX_HEADLINE_PT);
            assertThat(card.headlineBox().contains(card.headlineText())).isTrue();
        }
    }

    @Test
    void docxHasRealWordStylesAndTheSameContent() throws Exception {
        Release r = PublishFixture.approved(office, ReleaseType.SIARAN_PERS,
                PublishFixture.ordinary(PublishFixture.photos(s, tmp, 1)));
        Output docx = render(r, OutputFormat.DOCX);
        PublishFixture.keep("siaran-pers.docx", docx.bytes());
        assertThat(docx.fileName()).endsWith(".docx");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            List<XWPFParagraph> ps = d.getParagraphs();
            assertThat(ps).filteredOn(p -> "Title".equals(p.getStyleID())).extracting(XWPFParagraph::getText)
                    .containsExactly(r.content().headline());
            assertThat(ps).filteredOn(p -> "Quote".equals(p.getStyleID())).extracting(XWPFParagraph::getText)
                    .singleElement().asString().contains("kampanye terselubung");
            assertThat(ps).filteredOn(p -> "Heading2".equals(p.getStyleID())).extracting(XWPFParagraph::getText)
                    .containsExactly("Narasumber");
            assertThat(ps).extracting(XWPFParagraph::getText).anyMatch(t -> t.startsWith("Kaur, 29 November 2026 –"));
            assertThat(d.getStyles().getStyle("Title").getName()).isEqualTo("Title");
            assertThat(d.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(d.getAllPictures()).hasSize(1);
            var core = d.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(r.content().headline());
            assertThat(core.getIdentifier()).isEqualTo("urn:uuid:" + r.id());
            Instant saved = s.drafts().revisions(r.id()).get(s.drafts().revisions(r.id()).size() - 1).savedAt();
            assertThat(core.getCreated().toInstant()).isEqualTo(saved.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
    }

    @Test
    void sameRevisionGivesTheSameBytesForEveryFormat() {
        Release r = PublishFixture.approved(office, ReleaseType.SIARAN_PERS, PublishFixture.ordinary(List.of()));
        for (OutputFormat f : OutputFormat.values()) {
            byte[] first = render(r, f).bytes();
            office.clock.advance(java.time.Duration.ofMinutes(7));
            assertThat(render(r, f).bytes()).as("%s is deterministic", f).isEqualTo(first);
        }
    }

    @Test
    void htmlIsSemanticWithoutInlineStylesAndReferencesPhotosWithCaptions() throws Exception {
        Release r = PublishFixture.approved(office, ReleaseType.SIARAN_PERS,
                PublishFixture.ordinary(PublishFixture.photos(s, tmp, 2)));
        String html = new String(render(r, OutputFormat.HTML).bytes(), StandardCharsets.UTF_8);
        PublishFixture.keep("siaran-pers.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(html).startsWith("<article").contains("<h1>Bawaslu Kaur Gelar Apel Siaga", "<blockquote>",
                "<figure><img src=\"foto/", "<figcaption>Peserta rapat", "<time datetime=\"2026-11-29\">")
                .doesNotContain("style=", "<style", "<script", "<font");
        assertThat(html.split("<figure>", -1)).hasSize(3);
        String plain = HtmlRenderer.plainText(publish.sheet(office.writer, r.id()),
                new id.humasdesk.logic.common.Messages(id.humasdesk.logic.common.Messages.INDONESIAN));
        assertThat(plain).startsWith(r.content().headline()).doesNotContain("<");
    }

    @Test
    void cardsHaveTheirSizesKeepTheHeadlineInsideItsBoxAndRefuseAHeadlineThatCannotFit() throws Exception {
        Release r = PublishFixture.approved(office, ReleaseType.SIARAN_PERS,
                PublishFixture.ordinary(PublishFixture.photos(s, tmp, 1)));
        ReleaseSheet sheet = publish.sheet(office.writer, r.id());
        for (CardLayout layout : CardLayout.values()) {
            for (CardLayout.Size size : CardLayout.Size.values()) {
                Output out = publish.render(sheet, OutputFormat.CARD, layout, size);
                PublishFixture.keep(out.fileName(), out.bytes());
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.bytes()));
                assertThat(img.getWidth()).isEqualTo(size.width());
                assertThat(img.getHeight()).isEqualTo(size.height());
                CardRenderer.Drawn d = new CardRenderer().draw(sheet, layout, size);
                assertThat(d.headlineBox().contains(d.headlineText())).as("%s %s headline inside", layout, size)
                        .isTrue();
                assertThat(d.headlineText().getMaxX()).isLessThanOrEqualTo(size.width());
            }
        }
        String endless = "Pengawasan ".repeat(60).strip();
        assertThatThrownBy(() -> CardRenderer.fit(endless, 952, 400)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.publish.headlineTooLong");
        CardRenderer.Fitted shortOne = CardRenderer.fit("Apel Siaga", 952, 400);
        assertThat(shortOne.size()).isEqualTo(CardRenderer.MAX_HEADLINE_PT);
        assertThat(shortOne.lines()).containsExactly("Apel Siaga");
    }

    @Test
    void draftGetsOnlyTheWatermarkedPdfPreview() throws Exception {
        Release draft = s.drafts().create(office.writer, ReleaseType.SIARAN_PERS, PublishFixture.ordinary(List.of()));
        assertThat(publish.available(draft)).containsExactly(OutputFormat.PDF);
        Output preview = render(draft, OutputFormat.PDF);
        PublishFixture.keep("draf-pratinjau.pdf", preview.bytes());
        assertThat(preview.fileName()).endsWith("-pratinjau.pdf");
        assertThat(pdfText(preview.bytes())).contains("DRAF", "Pratinjau rilis yang belum disetujui. Jangan disebarkan.");
        for (OutputFormat f : List.of(OutputFormat.DOCX, OutputFormat.HTML, OutputFormat.CARD, OutputFormat.WHATSAPP)) {
            assertThatThrownBy(() -> render(draft, f)).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.publish.draftPreviewOnly");
        }
    }

    @Test
    void whatsappTextHasABoldHeadlineAndThePublicLinkOncePosted() {
        Release r = PublishFixture.approved(office, ReleaseType.SIARAN_PERS,
                PublishFixture.ordinary(PublishFixture.photosQuiet(s, tmp)));
        String before = new String(render(r, OutputFormat.WHATSAPP).bytes(), StandardCharsets.UTF_8);
        assertThat(before).startsWith("*Bawaslu Kaur Gelar Apel Siaga Pengawasan Masa Tenang*\n")
                .contains("Kaur, 29 November 2026 –").doesNotContain("Selengkapnya");
        Channel web = s.schedule().channels().stream().filter(c -> c.code().equals("WEBSITE")).findFirst().orElseThrow();
        s.schedule().schedule(office.reviewer, r.id(), r.version(), List.of(new id.humasdesk.logic.schedule.PlanRequest(
                web.id(), java.time.LocalDateTime.of(2026, 11, 29, 10, 0), "", null)));
        office.clock.advance(java.time.Duration.ofDays(1));
        var plan = s.schedule().plansFor(r.id()).get(0);
        s.schedule().markPosted(office.writer, plan.id(), "https://kaur.example/berita/apel-siaga");
        String after = new String(render(r, OutputFormat.WHATSAPP).bytes(), StandardCharsets.UTF_8);
        assertThat(after).contains("Selengkapnya: https://kaur.example/berita/apel-siaga");
        assertThat(after.split("https://kaur.example", -1)).as("link once").hasSize(2);
    }
}
