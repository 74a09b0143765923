package id.humasdesk.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.schedule.PlanRequest;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Channel;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly report over real plans, and who may set the letterhead. */
class ReportAndIdentityTest {
    @TempDir
    Path tmp;
    TestOffice office;
    Services s;

    @BeforeEach
    void open() {
        office = new TestOffice(tmp.resolve("data"));
        s = office.services;
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Channel channel(String code) {
        return s.schedule().channels().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private PublicationPlan plan(Release r, String code) {
        Channel ch = channel(code);
        return s.schedule().plansFor(r.id()).stream().filter(p -> p.channelId().equals(ch.id())).findFirst()
                .orElseThrow();
    }

    @Test
    void monthlyReportCountsPostsListsLinksAndShowsMissedAndSkippedPlans() throws Exception {
        Release a = PublishFixture.approved(office, ReleaseType.SIARAN_PERS,
                PublishFixture.ordinary(PublishFixture.photos(s, tmp, 1)));
        Release b = PublishFixture.approved(office, ReleaseType.BERITA_KEGIATAN,
                PublishFixture.ordinary(PublishFixture.photos(s, tmp, 1)).withHeadline("Rapat Koordinasi Sentra Gakkumdu"));
        LocalDateTime at = LocalDateTime.of(2026, 11, 29, 10, 0);
        s.schedule().schedule(office.reviewer, a.id(), a.version(), List.of(
                new PlanRequest(channel("WEBSITE").id(), at, "", null),
                new PlanRequest(channel("INSTAGRAM").id(), at.plusHours(1), "", null)));
        s.schedule().schedule(office.reviewer, b.id(), b.version(), List.of(
                new PlanRequest(channel("WEBSITE").id(), at.plusHours(2), "", null),
                new PlanRequest(channel("FACEBOOK").id(), at.plusHours(3), "", null)));
        office.clock.advance(Duration.ofDays(3));
        s.schedule().markPosted(office.writer, plan(a, "WEBSITE").id(), "https://kaur.example/berita/apel");
        s.schedule().markPosted(office.writer, plan(a, "INSTAGRAM").id(), "https://instagram.com/p/apel");
        s.schedule().markSkipped(office.writer, plan(b, "WEBSITE").id(), "Situs sedang dipelihara");
        MonthlyReport data = s.publish().reportData(YearMonth.of(2026, 11));
        assertThat(data.plansTotal()).isEqualTo(4);
        assertThat(data.postedTotal()).isEqualTo(2);
        assertThat(data.postedByChannel()).containsEntry("Situs web", 1).containsEntry("Instagram", 1).hasSize(2);
        assertThat(data.releasesByType()).containsEntry("Siaran Pers", 1).containsEntry("Berita Kegiatan", 0);
        assertThat(data.missed()).extracting(MonthlyReport.Missed::channel).containsExactly("Facebook");
        assertThat(data.skipped()).extracting(MonthlyReport.Missed::note).containsExactly("Situs sedang dipelihara");
        assertThat(data.postedByWeekAndChannel()).containsKeys("1\u20137", "29\u201330");
        assertThat(data.postedByWeekAndChannel().get("29\u201330")).containsEntry("Situs web", 1);

        Output pdf = s.publish().report(office.writer, YearMonth.of(2026, 11), OutputFormat.PDF);
        PublishFixture.keep("laporan-2026-11.pdf", pdf.bytes());
        try (PDDocument d = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("LAPORAN KEGIATAN KEHUMASAN", "Bulan November 2026",
                    "https://kaur.example/berita/apel", "https://instagram.com/p/apel", "Alasan: Situs sedang dipelihara",
                    "Rapat Koordinasi Sentra Gakkumdu", "29 November 2026 pukul 13.00 WIB");
            assertThat(d.getPage(0).getResources().getXObjectNames()).as("charts embedded").isNotEmpty();
        }
        Output docx = s.publish().report(office.writer, YearMonth.of(2026, 11), OutputFormat.DOCX);
        PublishFixture.keep("laporan-2026-11.docx", docx.bytes());
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertThat(d.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyleID()))
                    .extracting(XWPFParagraph::getText).contains("Ringkasan", "Grafik", "Rencana yang terlewat");
            assertThat(d.getAllPictures()).as("two charts").hasSize(2);
        }
        assertThatThrownBy(() -> s.publish().report(office.writer, YearMonth.of(2026, 11), OutputFormat.CARD))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void identityHasDefaultsFromTheOfficeAndOnlyAdminsChangeItWithCheckedValues() throws Exception {
        OfficeIdentity id = s.publish().identity();
        assertThat(id.officeName()).isEqualTo("Badan Pengawas Pemilihan Umum Kabupaten Kaur");
        assertThat(id.parentLine()).isEqualTo("Badan Pengawas Pemilihan Umum Republik Indonesia");
        assertThat(id.headTitle()).isEqualTo("Ketua Bawaslu Kabupaten Kaur");
        IdentitySettings settings = s.publish().identitySettings();
        OfficeIdentity changed = new OfficeIdentity("Bawaslu Kaur", "", "Jl. Merdeka 1", "0739-1", "humas@kaur.example",
                "", "@bawaslukaur", "Hj. Nurhasanah", "Ketua", "", "", "#112233", "#445566");
        assertThatThrownBy(() -> settings.save(office.writer, changed)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.auth.roleRequired");
        settings.save(office.admin, changed);
        assertThat(s.publish().identity()).isEqualTo(changed);
        OfficeIdentity badColour = new OfficeIdentity("Bawaslu Kaur", "", "", "", "", "", "", "", "", "", "",
                "merah", "#445566");
        assertThatThrownBy(() -> settings.save(office.admin, badColour))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.identity.colourInvalid");
        Path notImage = Files.writeString(tmp.resolve("logo.png"), "bukan gambar");
        assertThatThrownBy(() -> settings.importImage(office.admin, notImage))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.identity.imageUnreadable");
        String sha = settings.importImage(office.admin, PublishFixture.photoFile(tmp, 1));
        assertThat(settings.imagePath(sha)).exists();
    }
}
