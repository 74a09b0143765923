package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "di" as preposition apart, as prefix joined; both errors flagged, correct text left alone. */
class PrepositionsTest {
    private static final WritingChecker CHECKER = Checkers.shared();

    private static List<Finding> style(String text) {
        return CHECKER.checkText(CheckField.BODY, 0, text, CheckContext.none()).stream()
                .filter(f -> f.kind() == FindingKind.STYLE).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rapat koordinasi di laksanakan di kantor Bawaslu Kabupaten Kaur.|di laksanakan|dilaksanakan",
        "Sosialisasi di selenggarakan di Batam pada hari Senin.|di selenggarakan|diselenggarakan",
        "Apel siaga di ikuti seluruh jajaran di halaman kantor.|di ikuti|diikuti",
        "Hasil rapat di tindaklanjuti dengan surat imbauan.|di tindaklanjuti|ditindaklanjuti",
        "Logistik di jaga di gudang oleh petugas.|di jaga|dijaga",
        "Di sampaikan pula jadwal pengawasan melekat.|Di sampaikan|Disampaikan"})
    void prefixWrittenApartIsJoined(String sentence, String written, String fix) {
        assertThat(style(sentence)).singleElement().satisfies(f -> {
            assertThat(f.word()).isEqualTo(written);
            assertThat(f.suggestions()).containsExactly(fix);
            assertThat(f.messageKey()).isEqualTo("check.finding.prefixJoined");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kegiatan dilaksanakan dikantor Bawaslu.|dikantor|di kantor",
        "Warga didata dirumah masing-masing.|dirumah|di rumah",
        "Pengawas bertugas disini sampai malam.|disini|di sini",
        "Dimana posisi pengawas saat itu?|Dimana|Di mana",
        "Diantaranya hadir Ketua Bawaslu Provinsi.|Diantaranya|Di antaranya",
        "Kegiatan berlangsung dibatam dua hari.|dibatam|di Batam",
        "Logistik dikirim kemana saja?|kemana|ke mana",
        "Patroli dilakukan hingga ketingkat desa.|ketingkat|ke tingkat",
        "Peserta kamipun hadir tepat waktu.|kamipun|kami pun"})
    void prepositionWrittenJoinedIsSplit(String sentence, String written, String fix) {
        assertThat(style(sentence)).singleElement().satisfies(f -> {
            assertThat(f.word()).isEqualTo(written);
            assertThat(f.suggestions()).containsExactly(fix);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rapat dilaksanakan di kantor Bawaslu di Batam pada hari Senin.",
        "Pengawasan di tingkat desa dan di tingkat kecamatan diperkuat di tengah masyarakat.",
        "Peserta duduk di lantai dua, di pasar, di rumah warga, dan di sela kegiatan.",
        "Dia keluar kantor lalu pergi ke luar kota, walaupun hujan, meskipun sudah malam.",
        "Rumpun bambu di pinggir jalan tetap dijaga; di akhir kegiatan peserta diberi sertifikat.",
        "Kegiatan berlangsung di pos pengawasan di masa tenang di bawah pengawasan polisi."})
    void correctTextIsLeftAlone(String sentence) {
        assertThat(style(sentence)).isEmpty();
    }

    @Test
    void ignoringThePhraseSilencesIt() {
        CheckContext ctx = CheckContext.none().withIgnored("dikantor");
        assertThat(CHECKER.checkText(CheckField.BODY, 0, "Rapat dikantor.", ctx)).isEmpty();
    }
}
