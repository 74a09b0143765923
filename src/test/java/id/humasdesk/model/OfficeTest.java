package id.humasdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OfficeTest {
    @Test
    void zoneLabelsFollowIndonesianZones() {
        assertThat(office(Province.BENGKULU).zoneLabel()).isEqualTo("WIB");
        assertThat(office(Province.BALI).zoneLabel()).isEqualTo("WITA");
        assertThat(office(Province.PAPUA_TENGAH).zoneLabel()).isEqualTo("WIT");
        assertThat(IndonesianZone.labelOf(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
    }

    @Test
    void thirtyEightProvincesEachWithAZone() {
        assertThat(Province.values()).hasSize(38);
        assertThat(Province.byName("nusa tenggara timur")).contains(Province.NUSA_TENGGARA_TIMUR);
        assertThat(Province.byName("KALTIM")).contains(Province.KALIMANTAN_TIMUR);
        assertThat(Province.KALIMANTAN_BARAT.zone()).isEqualTo(IndonesianZone.WIB);
        assertThat(Province.KALIMANTAN_TIMUR.zone()).isEqualTo(IndonesianZone.WITA);
    }

    @Test
    void placeNameForDatelines() {
        assertThat(new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN, Province.BENGKULU,
                IndonesianZone.WIB.zoneId()).placeName()).isEqualTo("Kaur");
        assertThat(new Office("BGL", "Bawaslu Kota Bengkulu", OfficeLevel.KOTA, Province.BENGKULU,
                IndonesianZone.WIB.zoneId()).placeName()).isEqualTo("Bengkulu");
        assertThat(new Office("RI", "Bawaslu RI", OfficeLevel.PUSAT, null, IndonesianZone.WIB.zoneId()).placeName())
                .isEqualTo("Jakarta");
    }

    @Test
    void invalidCodeAndMissingProvinceAreRefused() {
        assertThatThrownBy(() -> new Office("kaur kab", "Bawaslu", OfficeLevel.KABUPATEN, Province.BENGKULU,
                IndonesianZone.WIB.zoneId())).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.office.codeInvalid");
        assertThatThrownBy(() -> new Office("KAUR", "Bawaslu", OfficeLevel.KABUPATEN, null,
                IndonesianZone.WIB.zoneId())).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.office.provinceRequired");
    }

    private static Office office(Province p) {
        return new Office("X1", "Bawaslu Provinsi " + p.displayName(), OfficeLevel.PROVINSI, p, p.zone().zoneId());
    }
}
