package id.humasdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRulesTest {
    @Test
    void emptyReleaseMissesHeadlineDatelineLeadAndBody() {
        assertThat(ContentRules.check(ReleaseType.BERITA_KEGIATAN, ReleaseContent.empty()))
                .extracting(ContentIssue::field).containsExactly(ContentIssue.Field.HEADLINE,
                        ContentIssue.Field.DATELINE, ContentIssue.Field.LEAD, ContentIssue.Field.BODY);
    }

    @Test
    void pressReleaseNeedsContactAndPhotosNeedCaptionAndCredit() {
        ReleaseContent c = new ReleaseContent("Judul", "", "Kaur", LocalDate.of(2026, 11, 28), "Teras.",
                List.of("Isi."), List.of(new Narasumber("Ani", "", "")), List.of(), "", "", "", "",
                List.of(new Photo("a".repeat(64), "image/png", 10, "Keterangan", "")));
        assertThat(ContentRules.check(ReleaseType.SIARAN_PERS, c)).extracting(ContentIssue::field)
                .containsExactly(ContentIssue.Field.CONTACT, ContentIssue.Field.NARASUMBER, ContentIssue.Field.PHOTOS);
        assertThat(ContentRules.check(ReleaseType.BERITA_KEGIATAN, c)).extracting(ContentIssue::field)
                .doesNotContain(ContentIssue.Field.CONTACT);
    }

    @Test
    void countsWordsOfHeadlineLeadAndBody() {
        ReleaseContent c = ReleaseContent.empty().withHeadline("Bawaslu Gelar Rapat")
                .withParagraphs(List.of("Rapat koordinasi berlangsung di Kaur.", "Pukul 10.00 WIB."));
        assertThat(c.wordCount()).isEqualTo(3 + 5 + 3);
        assertThat(TextUtil.countWords("kerja-kerja kehumasan, S.Nugroho!")).isEqualTo(3);
    }
}
