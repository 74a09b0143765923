package id.humasdesk.model;

import java.util.List;

/** Usual names of election stages (tahapan), offered as suggestions; offices may type others. */
public final class ElectionStages {
    public static final List<String> SUGGESTIONS = List.of(
            "Perencanaan Program dan Anggaran", "Pemutakhiran Data Pemilih", "Pendaftaran dan Verifikasi Peserta",
            "Penetapan Peserta", "Pencalonan", "Kampanye", "Masa Tenang", "Pemungutan dan Penghitungan Suara",
            "Rekapitulasi Hasil Penghitungan Suara", "Penetapan Hasil", "Pengucapan Sumpah/Janji");

    private ElectionStages() {
    }
}
