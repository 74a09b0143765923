package id.humasdesk.model;

import java.util.Arrays;
import java.util.Optional;

/** The 38 provinces of Indonesia with their official name, short code and time zone. */
public enum Province {
    ACEH("Aceh", "ACEH", IndonesianZone.WIB),
    SUMATERA_UTARA("Sumatera Utara", "SUMUT", IndonesianZone.WIB),
    SUMATERA_BARAT("Sumatera Barat", "SUMBAR", IndonesianZone.WIB),
    RIAU("Riau", "RIAU", IndonesianZone.WIB),
    KEPULAUAN_RIAU("Kepulauan Riau", "KEPRI", IndonesianZone.WIB),
    JAMBI("Jambi", "JAMBI", IndonesianZone.WIB),
    SUMATERA_SELATAN("Sumatera Selatan", "SUMSEL", IndonesianZone.WIB),
    KEPULAUAN_BANGKA_BELITUNG("Kepulauan Bangka Belitung", "BABEL", IndonesianZone.WIB),
    BENGKULU("Bengkulu", "BENGKULU", IndonesianZone.WIB),
    LAMPUNG("Lampung", "LAMPUNG", IndonesianZone.WIB),
    DKI_JAKARTA("DKI Jakarta", "DKI", IndonesianZone.WIB),
    BANTEN("Banten", "BANTEN", IndonesianZone.WIB),
    JAWA_BARAT("Jawa Barat", "JABAR", IndonesianZone.WIB),
    JAWA_TENGAH("Jawa Tengah", "JATENG", IndonesianZone.WIB),
    DI_YOGYAKARTA("DI Yogyakarta", "DIY", IndonesianZone.WIB),
    JAWA_TIMUR("Jawa Timur", "JATIM", IndonesianZone.WIB),
    KALIMANTAN_BARAT("Kalimantan Barat", "KALBAR", IndonesianZone.WIB),
    KALIMANTAN_TENGAH("Kalimantan Tengah", "KALTENG", IndonesianZone.WIB),
    KALIMANTAN_SELATAN("Kalimantan Selatan", "KALSEL", IndonesianZone.WITA),
    KALIMANTAN_TIMUR("Kalimantan Timur", "KALTIM", IndonesianZone.WITA),
    KALIMANTAN_UTARA("Kalimantan Utara", "KALTARA", IndonesianZone.WITA),
    BALI("Bali", "BALI", IndonesianZone.WITA),
    NUSA_TENGGARA_BARAT("Nusa Tenggara Barat", "NTB", IndonesianZone.WITA),
    NUSA_TENGGARA_TIMUR("Nusa Tenggara Timur", "NTT", IndonesianZone.WITA),
    SULAWESI_UTARA("Sulawesi Utara", "SULUT", IndonesianZone.WITA),
    GORONTALO("Gorontalo", "GORONTALO", IndonesianZone.WITA),
    SULAWESI_TENGAH("Sulawesi Tengah", "SULTENG", IndonesianZone.WITA),
    SULAWESI_BARAT("Sulawesi Barat", "SULBAR", IndonesianZone.WITA),
    SULAWESI_SELATAN("Sulawesi Selatan", "SULSEL", IndonesianZone.WITA),
    SULAWESI_TENGGARA("Sulawesi Tenggara", "SULTRA", IndonesianZone.WITA),
    MALUKU("Maluku", "MALUKU", IndonesianZone.WIT),
    MALUKU_UTARA("Maluku Utara", "MALUT", IndonesianZone.WIT),
    PAPUA("Papua", "PAPUA", IndonesianZone.WIT),
    PAPUA_BARAT("Papua Barat", "PABAR", IndonesianZone.WIT),
    PAPUA_BARAT_DAYA("Papua Barat Daya", "PBD", IndonesianZone.WIT),
    PAPUA_TENGAH("Papua Tengah", "PAPTENG", IndonesianZone.WIT),
    PAPUA_PEGUNUNGAN("Papua Pegunungan", "PAPEG", IndonesianZone.WIT),
    PAPUA_SELATAN("Papua Selatan", "PAPSEL", IndonesianZone.WIT);

    private final String displayName;
    private final String shortCode;
    private final IndonesianZone zone;

    Province(String displayName, String shortCode, IndonesianZone zone) {
        this.displayName = displayName;
        this.shortCode = shortCode;
        this.zone = zone;
    }

    public String displayName() {
        return displayName;
    }

    public IndonesianZone zone() {
        return zone;
    }

    public static Optional<Province> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return Arrays.stream(values())
                .filter(p -> p.displayName.equalsIgnoreCase(wanted) || p.name().equalsIgnoreCase(wanted)
                        || p.shortCode.equalsIgnoreCase(wanted))
                .findFirst();
    }
}
