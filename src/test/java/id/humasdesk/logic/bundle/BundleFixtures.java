package id.humasdesk.logic.bundle;

import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Province;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Offices and releases shaped like the real sample (Kaur's consolidation report). */
final class BundleFixtures {
    static final Office KAUR = new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN, Province.BENGKULU,
            Province.BENGKULU.zone().zoneId());
    static final Office BENGKULU = new Office("BENGKULU", "Bawaslu Provinsi Bengkulu", OfficeLevel.PROVINSI,
            Province.BENGKULU, Province.BENGKULU.zone().zoneId());
    static final Office RI = new Office("RI", "Bawaslu Republik Indonesia", OfficeLevel.PUSAT, null,
            java.time.ZoneId.of("Asia/Jakarta"));
    static final UUID AUTHOR = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final Instant T0 = Instant.parse("2026-11-28T03:00:00.123Z");

    private BundleFixtures() {
    }

    static ReleaseContent sampleContent(List<Photo> photos) {
        return new ReleaseContent(
                "Sinergi dan Konsolidasi Jadi Kunci Keberhasilan Humas",
                "Bawaslu Gelar Konsolidasi Pengelola Kehumasan",
                "Batam", LocalDate.of(2023, 8, 26),
                "Humas Bawaslu RI mengadakan Konsolidasi Pengelolaan Kehumasan Gelombang III di Batam.",
                List.of("Dalam rangka menciptakan strategi komunikasi yang kuat & terbuka <bagi publik>.",
                        "\u201CHumas bertugas mengelola informasi resmi,\u201D tuturnya.\n\nBaris kedua dalam paragraf.",
                        "Sebagai informasi, kegiatan ini diikuti staf humas se-Indonesia."),
                List.of(new Narasumber("Dr. Firman Kurniawan", "Akademisi", "Mengelola Komunikasi Pemilu"),
                        new Narasumber("Ferdinand Eskol Tiar Sirait", "Deputi Administrasi Bawaslu RI", "")),
                List.of("kehumasan", "konsolidasi"), "Kampanye", "Narahubung: Rina (0812-7000-1234)",
                "Tim Humas Bawaslu Kaur", "Tim Humas Bawaslu Kaur", photos);
    }

    static Photo photo(String sha, String ext, long size) {
        return new Photo(sha, ext.equals("png") ? "image/png" : "image/jpeg", size, "Peserta konsolidasi di Batam",
                "Tim Humas Bawaslu Kaur");
    }

    static Release release(UUID id, ReleaseStatus status, long version, ReleaseContent content) {
        return new Release(id, "KAUR", "001/HM.01/KAUR/VIII/2023", ReleaseType.BERITA_KEGIATAN, status, content,
                AUTHOR, T0, T0.plusSeconds(3600 * version), version, false);
    }
}
