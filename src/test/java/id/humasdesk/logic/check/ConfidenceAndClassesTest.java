package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per class of failure seen on real releases (issue 13), with sentences written for
 * these tests: what a writer sees underlined, what is only "perhaps", and what is advised.
 */
class ConfidenceAndClassesTest {
    private static final WritingChecker CHECKER = Checkers.shared();

    private static List<Finding> all(String text) {
        return CHECKER.checkText(CheckField.BODY, 0, text, CheckContext.none());
    }

    private static List<String> underlined(String text) {
        return all(text).stream().filter(Finding::underlined).map(Finding::word).toList();
    }

    private static Optional<Finding> finding(String text, String word) {
        return all(text).stream().filter(f -> f.word().equals(word)).findFirst().map(CHECKER::withSuggestions);
    }

    @Test
    void placeNamesOfTheGazetteerAndGivenNamesAreNotMisspellings() {
        assertThat(underlined("Sosialisasi digelar di Kecamatan Karangmojo dan Kalurahan Sentolo, lalu di "
                + "Desa Tanjungsari.")).isEmpty();
        assertThat(underlined("Materi disampaikan Dimas kepada peserta dari kapanewon dan nagari.")).isEmpty();
    }

    @Test
    void theDiRuleDoesNotSplitANameThatBeginsWithDi() {
        assertThat(all("Laporan itu dibacakan oleh Dimas dan Diana.")).isEmpty();
    }

    @Test
    void anUnknownCapitalisedWordInMidSentenceIsAtMostPerhaps() {
        List<Finding> f = all("Sambutan disampaikan Ketua Panitia Wirasembada Kurniadi di aula.");
        assertThat(f).noneMatch(Finding::underlined);
    }

    @Test
    void aFirstNameBeforeAnUnknownSurnameIsNotCorrectedIntoACommonWord() {
        // "Tedi" is one letter from "tadi", but it opens a list entry with a surname after it
        String text = "Hadir dalam rapat: 1. Tedi suryaman (PPK), 2. Lukas Ahmad (PPS).";
        assertThat(underlined(text)).doesNotContain("Tedi");
        assertThat(all(text)).filteredOn(f -> f.word().equals("Tedi")).noneMatch(Finding::underlined);
    }

    @Test
    void anEnglishPhraseIsAtMostAPerhapsForeignTermAndNeverCorrected() {
        String text = "Kantor itu menerima public service excellence dari gubernur.";
        assertThat(underlined(text)).isEmpty();
        Finding f = finding(text, "public service excellence").orElseThrow();
        assertThat(f.kind()).isEqualTo(FindingKind.STYLE);
        assertThat(f.suggestions()).isEmpty();
        // one English-looking word alone next to Indonesian words is still a misspelling
        assertThat(underlined("Peserta mendapat materi harmony umat beragama.")).containsExactly("harmony");
    }

    @Test
    void aSingleEnglishWordIsAForeignTermWithoutAReplacementNotAMisspelling() {
        Finding f = finding("Data kantor tersambung ke server khusus.", "server").orElseThrow();
        assertThat(f.kind()).isEqualTo(FindingKind.STYLE);
        assertThat(f.underlined()).isTrue();
        assertThat(f.suggestions()).isEmpty();
    }

    @Test
    void bylinesInSquareBracketsAndNewsroomCreditsAreNotProse() {
        assertThat(all("Banjir merendam rumah warga. [dwi/ton]")).isEmpty();
        assertThat(all("Rekap dilanjutkan pukul 19.45 WIB. (budi/red. FOTO KPU/budi/Humas)")).isEmpty();
    }

    @Test
    void aNameIntroducedInFullIsANameWhenItStandsAloneLater() {
        // alone, "Arsap" is one letter from "arsip" and is underlined
        assertThat(underlined("Arsap menyebut acara itu penting.")).containsExactly("Arsap");
        assertThat(underlined("Acara dibuka Kepala Dinas, Arsap Wiryodiningrat, pagi ini. Arsap menyebut acara itu "
                + "penting.")).isEmpty();
    }

    @Test
    void aNonStandardFormInsideAProperNameIsOnlyPerhaps() {
        String text = "Rapat digelar di Gedung Sasana Bhakti Wiyataguna kemarin. Warga ikut bhakti sosial.";
        assertThat(underlined(text)).containsExactly("bhakti");
        assertThat(all(text)).filteredOn(f -> f.word().equals("Bhakti")).singleElement()
                .satisfies(f -> assertThat(f.underlined()).isFalse());
    }

    @Test
    void aVoicedForVoicelessEndingIsACheapSlip() {
        // b for p at the end of a syllable, as Indonesian writers often type it
        assertThat(finding("Peserta diminta menunjukkan sikab netral.", "sikab").orElseThrow().suggestions())
                .first().isEqualTo("sikap");
    }

    @Test
    void aShortAcronymInCapitalsIsNotAChatAbbreviation() {
        assertThat(underlined("Kader Partai PD hadir bersama kader PKB.")).isEmpty();
        assertThat(underlined("Kader pd umumnya hadir.")).containsExactly("pd");
    }

    @Test
    void aCapitalisedTitleKeepsEveryPartCapitalisedInItsStandardForm() {
        assertThat(finding("Peserta Pemilihan Walikota Kendari hadir.", "Walikota").orElseThrow().suggestions())
                .containsExactly("Wali Kota");
        assertThat(finding("Kerjasama itu penting.", "Kerjasama").orElseThrow().suggestions())
                .containsExactly("Kerja sama");
    }

    @Test
    void aMistypedCommonWordStaysUnderlinedEvenCapitalised() {
        assertThat(underlined("Kegatan itu dibuka pukul delapan.")).containsExactly("Kegatan");
        assertThat(finding("Kegatan itu dibuka pukul delapan.", "Kegatan").orElseThrow().suggestions())
                .first().isEqualTo("Kegiatan");
    }

    @Test
    void aShortFormDefinedInTheTextIsKnownForTheRestOfIt() {
        String text = "Peserta mengikuti rapat evaluasi teknis (rakevtek) di kantor. Hasil rakevtek dibagikan besok.";
        assertThat(underlined(text)).isEmpty();
        assertThat(underlined("Hasil rakevtek dibagikan besok.")).containsExactly("rakevtek");
    }

    @Test
    void bylinesAddressesHandlesAndDomainsAreNotProse() {
        assertThat(underlined("Berita lengkap ada di laman pengawasan.bawaslu-kaur.go.id dan kpu.sumbar.go.id. "
                + "Hubungi humas@bawaslu-kaur.go.id atau @bawaslukaur dengan tagar #AwasiPemilu. (ant/ed)")).isEmpty();
        assertThat(underlined("Rapat berjalan tertib. (rls)\nKegiatan berlanjut besok.")).isEmpty();
    }

    @Test
    void diAntaraIsNeverAdvisedJoinedAndJoinedPlacesAreAdvisedApart() {
        assertThat(all("Di antara peserta hadir pengawas desa yang duduk di samping panitia.")).isEmpty();
        Finding kantor = finding("Berkas disimpan dikantor desa.", "dikantor").orElseThrow();
        assertThat(kantor.underlined()).isTrue();
        assertThat(kantor.suggestions()).containsExactly("di kantor");
        Finding antara = finding("Salah satu diantaranya hadir.", "diantaranya").orElseThrow();
        assertThat(antara.suggestions()).containsExactly("di antaranya");
    }

    @Test
    void aPassiveVerbTheRuleIsNotSureOfIsOnlyPerhaps() {
        Finding f = finding("Anggaran itu ditarget habis bulan ini.", "ditarget").orElseThrow();
        assertThat(f.underlined()).isFalse();
    }

    @Test
    void seBeforeANameIsJoinedWithAHyphen() {
        Finding f = finding("Rapat diikuti camat se Kabupaten Kaur.", "se Kabupaten").orElseThrow();
        assertThat(f.suggestions()).containsExactly("se-Kabupaten");
    }

    @Test
    void aKataBakuPairWinsOverTheDictionary() {
        assertThat(finding("Ia menderita rematik sejak lama.", "rematik").orElseThrow())
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.NONSTANDARD);
                    assertThat(f.suggestions()).containsExactly("reumatik");
                });
        assertThat(finding("Nomor telefon kantor berubah.", "telefon").orElseThrow().suggestions())
                .containsExactly("telepon");
    }

    @Test
    void affixedAndRunTogetherMisspellingsAreFlagged() {
        Finding nya = finding("Fasilitas itu dipergunakanya untuk umum.", "dipergunakanya").orElseThrow();
        assertThat(nya.underlined()).isTrue();
        assertThat(nya.suggestions()).first().isEqualTo("dipergunakannya");
        Finding joined = finding("Tugas pengawasanPemilu berat.", "pengawasanPemilu").orElseThrow();
        assertThat(joined.suggestions()).first().isEqualTo("pengawasan Pemilu");
    }

    @Test
    void foreignTermsAreStyleFindingsWithTheIndonesianEquivalent() {
        Finding f = finding("Semua stakeholder diundang ke meeting besok.", "stakeholder").orElseThrow();
        assertThat(f.kind()).isEqualTo(FindingKind.STYLE);
        assertThat(f.suggestions()).containsExactly("pemangku kepentingan");
        assertThat(finding("Semua stakeholder diundang ke meeting besok.", "meeting").orElseThrow().suggestions())
                .containsExactly("rapat");
        assertThat(finding("Hasil quick count diumumkan.", "quick count").orElseThrow().suggestions())
                .containsExactly("hitung cepat");
    }

    @Test
    void suggestionsFollowIndonesianSlipsAndWordFrequency() {
        SpellChecker s = CHECKER.spelling();
        assertThat(s.suggest("kegatan")).first().isEqualTo("kegiatan");
        assertThat(s.suggest("pengawsan")).first().isEqualTo("pengawasan");
        assertThat(s.suggest("melaksanakkan")).first().isEqualTo("melaksanakan");
        assertThat(s.suggest("sbgai")).first().isEqualTo("sebagai");
        assertThat(s.suggest("penyelenggaraanpemilu")).first().isEqualTo("penyelenggaraan pemilu");
        assertThat(s.suggest("sama")).isNotNull();
    }

    @Test
    void chatAbbreviationsAreWrittenOut() {
        assertThat(all("Warga yg hadir dlm rapat tdk membawa undangan."))
                .extracting(Finding::suggestions)
                .containsExactly(List.of("yang"), List.of("dalam"), List.of("tidak"));
    }

    @Test
    void academicDegreesAreNotWords() {
        assertThat(underlined("Materi disampaikan Rina Wulandari, S.Pd., M.Si., dan Agus, S.Sos.")).isEmpty();
    }
}
