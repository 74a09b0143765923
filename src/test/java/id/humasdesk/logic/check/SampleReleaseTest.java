package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real errors of the sample release are found, with the right fix first; its names are not. */
class SampleReleaseTest {
    private static final WritingChecker CHECKER = Checkers.shared();
    private static List<Finding> findings;

    @BeforeAll
    static void check() {
        findings = CHECKER.checkText(CheckField.TEXT, 0, Checkers.sample(),
                CheckContext.forOffice("Bawaslu Kabupaten Kaur"));
    }

    @Test
    void misspelledWordsGetTheIntendedWordFirst() {
        Finding kosolidasi = only("Kosolidasi");
        assertThat(kosolidasi.kind()).isEqualTo(FindingKind.SPELLING);
        assertThat(kosolidasi.line()).isEqualTo(1);
        assertThat(CHECKER.withSuggestions(kosolidasi).suggestions()).first().isEqualTo("Konsolidasi");

        Finding adminstrasi = only("Adminstrasi");
        assertThat(adminstrasi.kind()).isEqualTo(FindingKind.SPELLING);
        assertThat(adminstrasi.line()).isEqualTo(8);
        assertThat(CHECKER.withSuggestions(adminstrasi).suggestions()).first().isEqualTo("Administrasi");
    }

    @Test
    void nonStandardFormGetsTheStandardFormAsItsOnlyFix() {
        Finding f = only("efektifitas");
        assertThat(f.kind()).isEqualTo(FindingKind.NONSTANDARD);
        assertThat(f.suggestions()).containsExactly("efektivitas");
        assertThat(CHECKER.withSuggestions(f).suggestions()).containsExactly("efektivitas");
    }

    @Test
    void offsetsPointAtTheWordInTheText() {
        String text = Checkers.sample();
        for (Finding f : findings) {
            assertThat(text.substring(f.offset(), f.end())).isEqualTo(f.word());
        }
    }

    @Test
    void institutionsPlacesAcronymsAndNamesAreNotFlagged() {
        assertThat(findings).extracting(Finding::word).doesNotContain("Bawaslu", "Kaur", "Pemilu", "pemilu", "Batam",
                "Bengkulu", "RI", "III", "APPRI", "humas", "kehumasan", "Kehumasan", "narasumber", "Apriyanto",
                "Kurniawan", "Ferdinand", "Sirait", "Nasrullah", "Nugroho", "Monach", "se-Provinsi", "se-Indonesia",
                "maraknya", "terjadinya", "ujarnya", "tuturnya", "Korsub", "Dr");
    }

    @Test
    void theOfficeNameIsKeptConsistent() {
        Finding f = only("Bawaslu Kaur");
        assertThat(f.kind()).isEqualTo(FindingKind.STYLE);
        assertThat(f.suggestions()).containsExactly("Bawaslu Kabupaten Kaur");
        assertThat(findings).extracting(Finding::word).doesNotContain("Bawaslu Kabupaten Kaur");
    }

    private static Finding only(String word) {
        Optional<Finding> f = findings.stream().filter(x -> x.word().equals(word)).findFirst();
        assertThat(f).as("finding for %s in %s", word, findings).isPresent();
        assertThat(findings.stream().filter(x -> x.word().equals(word))).hasSize(1);
        return f.get();
    }
}
