package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The office's own name is written one way; other offices' names are not touched. */
class OfficeNameRuleTest {
    private static final WritingChecker CHECKER = Checkers.shared();

    private static List<Finding> style(String office, String text) {
        return CHECKER.checkText(CheckField.BODY, 0, text, CheckContext.forOffice(office)).stream()
                .filter(f -> f.kind() == FindingKind.STYLE).toList();
    }

    @Test
    void variantsOfTheOfficeNameGetTheFullName() {
        List<Finding> f = style("Bawaslu Kabupaten Kaur", "Bawaslu Kab. Kaur, Bawaslu Kab Kaur, bawaslu kaur, "
                + "Bawaslu Kaur dan BAWASLU kabupaten kaur hadir.");
        assertThat(f).extracting(Finding::word).containsExactly("Bawaslu Kab. Kaur", "Bawaslu Kab Kaur",
                "bawaslu kaur", "Bawaslu Kaur", "BAWASLU kabupaten kaur");
        assertThat(f).allSatisfy(x -> assertThat(x.suggestions()).containsExactly("Bawaslu Kabupaten Kaur"));
    }

    @Test
    void theFullNameAndOtherOfficesPass() {
        assertThat(style("Bawaslu Kabupaten Kaur", "Bawaslu Kabupaten Kaur bersama Bawaslu Provinsi Bengkulu dan "
                + "Bawaslu Kabupaten/Kota se-Provinsi Bengkulu.")).isEmpty();
    }

    @Test
    void cityAndProvinceOfficesToo() {
        assertThat(style("Bawaslu Kota Batam", "Bawaslu Batam menggelar rapat.")).extracting(Finding::suggestions)
                .containsExactly(List.of("Bawaslu Kota Batam"));
        assertThat(style("Bawaslu Provinsi Jawa Barat", "Bawaslu Prov. Jawa Barat dan Bawaslu Jawa Barat hadir."))
                .extracting(Finding::word).containsExactly("Bawaslu Prov. Jawa Barat", "Bawaslu Jawa Barat");
    }

    @Test
    void officesWithoutALevelWordHaveNoRule() {
        assertThat(OfficeNameRule.of("Bawaslu RI")).isEmpty();
        assertThat(OfficeNameRule.of("")).isEmpty();
    }
}
