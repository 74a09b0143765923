package id.humasdesk.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.schedule.PlanRequest;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Channel;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headquarters sums up the month of the offices below it from the bundles they sent: a regency in
 * Bengkulu and a city in Bali post, skip and forget plans; HQ's report counts each per office and
 * per province, and only for the month asked.
 */
class RegionalReportTest {
    static final Office DENPASAR = new Office("DENPASAR", "Bawaslu Kota Denpasar", OfficeLevel.KOTA, Province.BALI,
            Province.BALI.zone().zoneId());
    static final Office RI = new Office("RI", "Bawaslu Republik Indonesia", OfficeLevel.PUSAT, null,
            IndonesianZone.WIB.zoneId());
    static final char[] PW = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path tmp;
    TestOffice kaur;
    Services denpasar;
    Services hq;
    User hqAdmin;

    @BeforeEach
    void open() {
        kaur = new TestOffice(tmp.resolve("kaur"));
        denpasar = Wiring.open(tmp.resolve("denpasar"), kaur.clock);
        denpasar.accounts().setUp(new OfficeSetup(DENPASAR, "admin", "Admin Denpasar", PW));
        hq = Wiring.open(tmp.resolve("hq"), kaur.clock);
        hqAdmin = hq.accounts().setUp(new OfficeSetup(RI, "admin", "Admin Pusat", PW));
    }

    @AfterEach
    void close() {
        kaur.close();
        denpasar.close();
        hq.close();
    }

    @Test
    void headquartersCountsPostsSkipsAndForgottenPlansPerOfficeAndProvince() throws Exception {
        // Kaur: one release on the website (posted) and WhatsApp (skipped) in November, one posted in October.
        Release k1 = PublishFixture.approved(kaur, ReleaseType.SIARAN_PERS, PublishFixture.ordinary(List.of()));
        List<PublicationPlan> kp = schedule(kaur.services, kaur.reviewer, k1, LocalDateTime.of(2026, 11, 20, 9, 0),
                "WEBSITE", "WHATSAPP");
        kaur.services.schedule().markPosted(kaur.writer, kp.get(0).id(), "https://kaur.bawaslu.go.id/berita/1");
        kaur.services.schedule().markSkipped(kaur.writer, kp.get(1).id(), "Grup sedang ditutup");
        Release k2 = PublishFixture.approved(kaur, ReleaseType.BERITA_KEGIATAN, PublishFixture.ordinary(List.of()));
        PublicationPlan october = schedule(kaur.services, kaur.reviewer, k2, LocalDateTime.of(2026, 10, 30, 9, 0),
                "WEBSITE").get(0);
        kaur.services.schedule().markPosted(kaur.writer, october.id(), "https://kaur.bawaslu.go.id/berita/2");

        // Denpasar: one posted on the website, one plan whose time passed without a word.
        User dAdmin = denpasar.accounts().login("admin", PW);
        User dWriter = denpasar.accounts().addUser(dAdmin, "made", "Made Suarta", Set.of(Role.WRITER), PW);
        User dReviewer = denpasar.accounts().addUser(dAdmin, "ketut", "Ketut Ariani", Set.of(Role.REVIEWER), PW);
        Release d1 = approve(denpasar, dWriter, dReviewer);
        PublicationPlan dp = schedule(denpasar, dReviewer, d1, LocalDateTime.of(2026, 11, 25, 10, 0), "WEBSITE")
                .get(0);
        denpasar.schedule().markPosted(dWriter, dp.id(), "https://denpasar.bawaslu.go.id/berita/1");
        Release d2 = approve(denpasar, dWriter, dReviewer);
        schedule(denpasar, dReviewer, d2, LocalDateTime.of(2026, 11, 26, 10, 0), "WEBSITE");

        sendToHeadquarters(kaur.services, kaur.admin);
        sendToHeadquarters(denpasar, dAdmin);

        RegionalReport r = hq.publish().regionalReportData(hqAdmin, YearMonth.of(2026, 11));
        assertThat(r.offices()).extracting(RegionalReport.OfficeLine::code).containsExactly("DENPASAR", "KAUR");
        RegionalReport.OfficeLine bali = r.offices().get(0);
        RegionalReport.OfficeLine bengkulu = r.offices().get(1);
        assertThat(List.of(bali.releases(), bali.posts(), bali.skipped(), bali.unreported()))
                .containsExactly(1, 1, 0, 1);
        assertThat(List.of(bengkulu.releases(), bengkulu.posts(), bengkulu.skipped(), bengkulu.unreported()))
                .as("October's post is not November's").containsExactly(1, 1, 1, 0);
        assertThat(r.provinces()).extracting(RegionalReport.ProvinceLine::province)
                .containsExactly("Bali", "Bengkulu");
        assertThat(r.postsByChannel()).containsEntry(channelName(hq, "WEBSITE"), 2).hasSize(1);
        assertThat(hq.publish().regionalReportData(hqAdmin, YearMonth.of(2026, 10)).offices())
                .extracting(RegionalReport.OfficeLine::posts).containsExactly(1);

        byte[] pdf = hq.publish().regionalReport(hqAdmin, YearMonth.of(2026, 11), OutputFormat.PDF).bytes();
        PublishFixture.keep("rekap-kehumasan-jajaran.pdf", pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("REKAPITULASI KEGIATAN KEHUMASAN JAJARAN", "November 2026",
                    "Bawaslu Kota Denpasar (DENPASAR)", "Bawaslu Kabupaten Kaur (KAUR)", "Bali", "Bengkulu",
                    "2 kantor jajaran melaporkan 2 unggahan dari 2 rilis");
        }
        byte[] docx = hq.publish().regionalReport(hqAdmin, YearMonth.of(2026, 11), OutputFormat.DOCX).bytes();
        PublishFixture.keep("rekap-kehumasan-jajaran.docx", docx);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(d.getTables()).as("provinces, then one table per province").hasSize(3);
            assertThat(d.getTables().get(1).getRow(1).getCell(0).getText()).isEqualTo("Bawaslu Kota Denpasar (DENPASAR)");
        }
    }

    @Test
    void aRegencyCannotMakeTheRegionalReportAndAWriterAtHeadquartersNeither() {
        assertThatThrownBy(() -> kaur.services.publish().regionalReportData(kaur.admin, YearMonth.of(2026, 11)))
                .isInstanceOf(UserFacingException.class);
        User hqWriter = hq.accounts().addUser(hqAdmin, "tulis", "Penulis Pusat", Set.of(Role.WRITER), PW);
        assertThatThrownBy(() -> hq.publish().regionalReportData(hqWriter, YearMonth.of(2026, 11)))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.auth.roleRequired");
        assertThat(hq.publish().regionalReportData(hqAdmin, YearMonth.of(2026, 11)).offices()).isEmpty();
    }

    private Release approve(Services s, User writer, User reviewer) {
        Release r = s.drafts().create(writer, ReleaseType.SIARAN_PERS, PublishFixture.ordinary(List.of()));
        r = s.review().submit(writer, r.id(), r.version());
        return s.review().approve(reviewer, r.id(), r.version());
    }

    private static List<PublicationPlan> schedule(Services s, User reviewer, Release r, LocalDateTime at,
            String... codes) {
        List<PlanRequest> requests = java.util.Arrays.stream(codes).map(code -> new PlanRequest(s.schedule()
                .channels().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id(), at, "", null))
                .toList();
        s.schedule().schedule(reviewer, r.id(), r.version(), requests);
        return s.schedule().plansFor(r.id()).stream().sorted(java.util.Comparator.comparing(p -> java.util.Arrays
                .asList(codes).indexOf(code(s, p)))).toList();
    }

    private static String code(Services s, PublicationPlan p) {
        return s.schedule().channels().stream().filter(c -> c.id().equals(p.channelId())).findFirst()
                .map(Channel::code).orElseThrow();
    }

    private static String channelName(Services s, String code) {
        return s.schedule().channels().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().name();
    }

    private void sendToHeadquarters(Services office, User admin) {
        kaur.clock.advance(Duration.ofMinutes(5));
        Path bundle = office.bundles().export(admin, ExportSelection.SINCE_LAST, null, BundleWriter.Progress.NONE)
                .file();
        Office o = office.accounts().office().orElseThrow();
        Path key = tmp.resolve(o.code() + ".key.json");
        office.bundles().keys().exportPublicKey(o, key);
        hq.bundles().trust(hqAdmin, key);
        assertThat(hq.bundles().importBundles(hqAdmin, List.of(bundle)).ok()).isTrue();
    }
}
