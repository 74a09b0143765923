package id.humasdesk.logic.draft;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.model.Narasumber;
import id.humasdesk.model.ReleaseContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextImporterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static String sample() throws IOException {
        try (var in = TextImporterTest.class.getResourceAsStream("/id/humasdesk/demo/sample-release.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sampleReleaseBecomesFields() throws IOException {
        ReleaseContent c = new TextImporter().parse(sample(), TODAY);
        assertThat(c.headline()).startsWith("Sinergi dan Konsolidasi Jadi Kunci Keberhasilan Humas");
        assertThat(c.datelinePlace()).isEqualTo("Batam");
        assertThat(c.datelineDate()).isEqualTo(TODAY);
        assertThat(c.lead()).startsWith("Dalam rangka menciptakan strategi komunikasi yang kuat");
        assertThat(c.closing()).isEqualTo("Tim Humas Bawaslu Kaur");
        assertThat(c.paragraphs()).first().asString().startsWith("humas adalah pelopor");
        assertThat(c.paragraphs()).last().asString().startsWith("Sebagai informasi dalam kegiatan konsolidasi");
        assertThat(c.paragraphs()).noneMatch(p -> p.startsWith("Adapun narasumber"))
                .anyMatch(p -> p.startsWith("Dilanjutkan oleh Tenaga Ahli"));
    }

    @Test
    void numberedSpeakersWithBrokenLinesBecomeTheNarasumberList() throws IOException {
        ReleaseContent c = new TextImporter().parse(sample(), TODAY);
        assertThat(c.narasumber()).hasSize(6);
        assertThat(c.narasumber().get(0)).isEqualTo(new Narasumber("Dr. Firman Kurniawan", "",
                "Mengelola Komunikasi dan Informasi Gelaran Pemilu di Tengah Maraknya Perkembangan Teknologi Informasi"));
        assertThat(c.narasumber().get(1).topic()).isEqualTo("Manajemen Digital Komunikasi dan Informasi");
        assertThat(c.narasumber().get(2)).isEqualTo(new Narasumber("Karisa", "Meta Indonesia",
                "Memproduksi Konten Medsos yang Berhasil dan Membangun"));
        assertThat(c.narasumber().get(4)).isEqualTo(new Narasumber("Jojo S.Nugroho", "APPRI",
                "Mengelola Komunikasi Krisis"));
        assertThat(c.narasumber().get(5).name()).isEqualTo("Lina Amelia");
    }

    @Test
    void datelineWithDateAndDashVariants() {
        ReleaseContent c = new TextImporter().parse("Bawaslu Gelar Apel\nKaur, 3 Maret 2026 — Bawaslu Kabupaten "
                + "Kaur menggelar apel siaga.\nIsi kedua.", TODAY);
        assertThat(c.datelinePlace()).isEqualTo("Kaur");
        assertThat(c.datelineDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(c.lead()).isEqualTo("Bawaslu Kabupaten Kaur menggelar apel siaga.");
        assertThat(c.paragraphs()).containsExactly("Isi kedua.");
    }

    @Test
    void emptyOrJunkTextGivesAnEmptyRelease() {
        assertThat(new TextImporter().parse("\n|\n  \n---\n", TODAY)).isEqualTo(ReleaseContent.empty());
        ReleaseContent one = new TextImporter().parse("Hanya judul", TODAY);
        assertThat(one.headline()).isEqualTo("Hanya judul");
        assertThat(one.lead()).isEmpty();
    }
}
