package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Photo;
import id.humasdesk.model.ReleaseContent;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the checker leaves alone and what it flags, on sentences of the kind releases contain. */
class SpellingRulesTest {
    private static final WritingChecker CHECKER = Checkers.shared();

    private static List<String> flagged(String text) {
        return CHECKER.checkText(CheckField.BODY, 0, text, CheckContext.none()).stream().filter(Finding::underlined)
                .map(Finding::word).toList();
    }

    @Test
    void capitalsAtSentenceStartAcronymsNumbersAndAddressesAreNotFlagged() {
        assertThat(flagged("Dengan demikian KPU, DKPP, dan PTPS hadir. Rapat dimulai pukul 09.00 WIB tanggal "
                + "26-28 Agustus 2023 di ruang 3B. Informasi: https://bawaslu.go.id/berita?id=12, humas@kaur.bawaslu.go.id, "
                + "www.contohsitus.id dan #JagaPemilu @bawasluri.")).isEmpty();
    }

    @Test
    void quotationsInAnotherScriptAreLeftAlone() {
        assertThat(flagged("Acara dibuka dengan bacaan بسم الله dan salam.")).isEmpty();
    }

    @Test
    void pemiluIsAcceptedInEveryCaseButBawasluOnlyCapitalised() {
        assertThat(flagged("Pengawasan pemilu dan Pemilu serta PEMILU berjalan; Bawaslu dan BAWASLU hadir.")).isEmpty();
        List<Finding> f = CHECKER.checkText(CheckField.BODY, 0, "Rapat bawaslu dimulai.", CheckContext.none());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.word()).isEqualTo("bawaslu");
            assertThat(x.kind()).isEqualTo(FindingKind.SPELLING);
            assertThat(x.suggestions()).containsExactly("Bawaslu");
            assertThat(x.messageKey()).isEqualTo("check.finding.case");
        });
    }

    @Test
    void derivedWordsTheDictionaryLacksAreAccepted() {
        assertThat(flagged("Hubungi kami untuk rincian tampilan dugaan pelanggaran; koordinasi antarlembaga "
                + "se-Indonesia melibatkan pegawai non-ASN, dan peserta dinonaktifkan sesudah kegiatan pascapemilu "
                + "yang berintegritas. Perkecil risiko, pulihkan kepercayaan, kosongkan ruang.")).isEmpty();
    }

    @Test
    void lowercaseMisspellingsAreFlaggedWithRankedSuggestions() {
        List<Finding> f = CHECKER.checkText(CheckField.LEAD, 0, "Kegiatan ini memperkuat pengawasn tahapan.",
                CheckContext.none());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.word()).isEqualTo("pengawasn");
            assertThat(x.field()).isEqualTo(CheckField.LEAD);
            assertThat(CHECKER.withSuggestions(x).suggestions()).first().isEqualTo("pengawasan");
        });
    }

    @Test
    void suggestionsKeepTheWritersCapitalisation() {
        assertThat(CHECKER.spelling().suggest("kosolidasi")).first().isEqualTo("konsolidasi");
        assertThat(CHECKER.spelling().suggest("KOSOLIDASI")).first().isEqualTo("KONSOLIDASI");
        assertThat(CHECKER.spelling().suggest("Bawasslu")).first().isEqualTo("Bawaslu");
        assertThat(CHECKER.spelling().suggest("lancer")).as("keeps the beginning").first().isEqualTo("lancar");
    }

    @Test
    void unknownNamesAreLeftAloneButMistypedWordsAmongOrdinaryWordsAreNot() {
        assertThat(flagged("Hadir pula Ferdinand Eskol Tiar Sirait dan Apriyanto Kurniawan dari Jakarta.")).isEmpty();
        assertThat(flagged("Bawaslu Gelar Kosolidasi Pengelola Kehumasan")).containsExactly("Kosolidasi");
    }

    @Test
    void namesFromTheReleaseAndTheOfficeWordListAreAccepted() {
        String text = "Laporan itu diterima Sementera kemarin sore.";
        assertThat(flagged(text)).as("one letter from \"sementara\", among ordinary words").containsExactly("Sementera");
        CheckContext names = new CheckContext(Set.of(), Set.of("Sementera"), "");
        assertThat(CHECKER.checkText(CheckField.BODY, 0, text, names)).isEmpty();
        WritingChecker own = Checkers.fresh();
        own.spelling().setOfficeWords(List.of("Sementera"));
        assertThat(own.checkText(CheckField.BODY, 0, text, CheckContext.none())).isEmpty();
    }

    @Test
    void aReleaseIsCheckedFieldByFieldWithItsOwnNames() {
        ReleaseContent c = new ReleaseContent("Bawaslu Gelar Kosolidasi", "", "Kaur", LocalDate.of(2026, 11, 28),
                "Laporan itu diterima Hidayat kemarin sore.", List.of("Paragraf pertama.", "Rapat pengawasn."),
                List.of(new Narasumber("Hidayat", "Ketua Bawaslu Kabupaten Kaur", "resiko politik uang")), List.of(),
                "", "", "", "", List.of(new Photo("ab", "image/jpeg", 1, "Foto kegiatn", "Humas")));
        List<Finding> f = CHECKER.check(c, CheckContext.forRelease(c, "Bawaslu Kabupaten Kaur", Set.of()));
        assertThat(f).extracting(Finding::field, Finding::item, Finding::word).containsExactly(
                tuple(CheckField.HEADLINE, 0, "Kosolidasi"),
                tuple(CheckField.BODY, 0, "pengawasn"),
                tuple(CheckField.NARASUMBER_TOPIC, 0, "resiko"),
                tuple(CheckField.PHOTO_CAPTION, 0, "kegiatn"));
        Finding body = f.get(1);
        assertThat(c.bodyText().substring(body.offset(), body.end())).isEqualTo("pengawasn");
        assertThat(body.line()).isEqualTo(3);
    }

    @Test
    void ignoredWordsAreNotReported() {
        CheckContext ctx = CheckContext.none().withIgnored("pengawasn").withIgnored("di laksanakan");
        assertThat(CHECKER.checkText(CheckField.BODY, 0, "Rapat pengawasn di laksanakan hari ini.", ctx)).isEmpty();
    }

    @Test
    void theDictionaryLoadsOnceWhenManyThreadsAskAtOnce() throws Exception {
        int[] loads = {0};
        SpellChecker real = Checkers.shared().spelling();
        SpellChecker.Engine engine = SpellChecker.Engine.load(SpellChecker.RESOURCES + "id_ID.aff",
                SpellChecker.RESOURCES + "id_ID.dic");
        SpellChecker counting = new SpellChecker(() -> {
            synchronized (loads) {
                loads[0]++;
            }
            sleep(50);
            return engine;
        }, new Lexicon(List.of("Bawaslu")));
        Thread[] threads = new Thread[6];
        boolean[] results = new boolean[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int k = i;
            threads[i] = new Thread(() -> results[k] = counting.isCorrect("pengawasan"));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(loads[0]).isEqualTo(1);
        assertThat(results).containsOnly(true);
        assertThat(real.isLoaded()).isTrue();
    }

    @Test
    void rankingPrefersFewerEditsAndDemotesSplits() {
        assertThat(SuggestionRanker.rank("Kosolidasi", List.of("Glikosida", "Koligasi", "Konsolidasi"), w -> true, 8))
                .first().isEqualTo("Konsolidasi");
        assertThat(SuggestionRanker.rank("batam", List.of("ba tam", "bata", "Batam"), w -> true, 8))
                .containsExactly("Batam", "bata", "ba tam");
        assertThat(SuggestionRanker.distance("adminstrasi", "administrasi")).isEqualTo(1);
        assertThat(SuggestionRanker.distance("ab", "ba")).isEqualTo(1);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
