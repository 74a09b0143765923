package id.humasdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReleaseNumberFormatTest {
    @Test
    void defaultFormatGivesTheUsualOfficeNumber() {
        ReleaseNumberFormat f = new ReleaseNumberFormat(ReleaseNumberFormat.DEFAULT);
        assertThat(f.format(12, "KAUR", 2026, 11, ReleaseType.BERITA_KEGIATAN)).isEqualTo("012/HUMAS/KAUR/XI/2026");
        assertThat(f.format(1234, "KAUR", 2026, 1, ReleaseType.BERITA_KEGIATAN)).isEqualTo("1234/HUMAS/KAUR/I/2026");
    }

    @Test
    void customFormatWithTypeAndNumericMonth() {
        ReleaseNumberFormat f = new ReleaseNumberFormat("{type}-{seq}/{office}/{month}.{year}");
        assertThat(f.format(7, "JABAR", 2026, 3, ReleaseType.SIARAN_PERS)).isEqualTo("SP-7/JABAR/03.2026");
    }

    @Test
    void formatWithoutSequenceOrWithUnknownPlaceholderIsRefused() {
        assertThatThrownBy(() -> new ReleaseNumberFormat("HUMAS/{year}")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.numberFormat.noSequence");
        assertThatThrownBy(() -> new ReleaseNumberFormat("{seq}/{kantor}"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.numberFormat.unknown");
    }
}
