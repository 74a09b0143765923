package id.humasdesk.logic.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Building blocks of synthetic releases, in the register of an election supervisory office. */
final class Phrases {
    static final List<String> ACTIVITIES = List.of(
            "Rapat Koordinasi Pengawasan Tahapan Kampanye", "Sosialisasi Pengawasan Partisipatif",
            "Bimbingan Teknis Pengawas Tempat Pemungutan Suara", "Patroli Pengawasan Masa Tenang",
            "Uji Petik Pemutakhiran Data Pemilih", "Apel Siaga Pengawasan Pemungutan Suara",
            "Rapat Evaluasi Penanganan Pelanggaran", "Konsolidasi Pengelolaan Kehumasan",
            "Sekolah Kader Pengawasan Partisipatif", "Pencegahan Politik Uang Menjelang Pemungutan Suara",
            "Penguatan Kapasitas Panwaslu Kecamatan", "Pengawasan Rekapitulasi Hasil Penghitungan Suara",
            "Deklarasi Kampanye Damai", "Forum Warga Pengawasan Netralitas ASN",
            "Koordinasi Sentra Gakkumdu", "Pengawasan Distribusi Logistik Pemilu");
    static final List<String> PARTICIPANTS = List.of(
            "Panwaslu Kecamatan", "Pengawas Kelurahan/Desa", "Pengawas TPS", "mahasiswa dan pemilih pemula",
            "tokoh agama dan tokoh masyarakat", "perwakilan partai politik peserta pemilu",
            "jajaran kepolisian dan kejaksaan", "pegiat pemilu dan organisasi kepemudaan",
            "awak media lokal", "Aparatur Sipil Negara di lingkungan pemerintah daerah");
    static final List<String> VENUES = List.of(
            "Aula Kantor", "Ruang Rapat Kantor", "Gedung Serbaguna", "Balai Desa", "Aula Kecamatan",
            "Hotel Santika", "Gedung Pertemuan Daerah", "Aula Universitas Negeri");
    static final List<String> FIRST = List.of("Ahmad", "Siti", "Budi", "Dewi", "Rahmat", "Nurul", "Agus", "Rina",
            "Hendra", "Fitri", "Yusuf", "Lestari", "Imam", "Wulan", "Fajar", "Ratna", "Teguh", "Indah");
    static final List<String> LAST = List.of("Saputra", "Rahmawati", "Santoso", "Lubis", "Nasution", "Siregar",
            "Wijaya", "Hidayat", "Pratama", "Kurniawan", "Harahap", "Simanjuntak", "Setiawan", "Utami");
    static final List<String> TITLES = List.of("Ketua", "Anggota sekaligus Koordinator Divisi Pencegahan, "
            + "Partisipasi Masyarakat, dan Hubungan Masyarakat", "Koordinator Divisi Penanganan Pelanggaran dan "
            + "Penyelesaian Sengketa", "Koordinator Divisi Hukum dan Data", "Kepala Sekretariat");
    static final List<String> TAHAPAN = List.of("Pemutakhiran Data Pemilih", "Pencalonan", "Kampanye",
            "Masa Tenang", "Pemungutan dan Penghitungan Suara", "Rekapitulasi Hasil");
    static final List<String> TAGS = List.of("pengawasan", "partisipatif", "pencegahan", "netralitas ASN",
            "politik uang", "kampanye", "data pemilih", "Gakkumdu", "humas", "Pilkada");
    static final List<String> BODY = List.of(
            "Kegiatan ini bertujuan memperkuat pemahaman peserta tentang tugas, wewenang, dan kewajiban pengawas "
                    + "dalam setiap tahapan pemilu.",
            "Dalam paparannya, narasumber menekankan pentingnya pencegahan sebagai langkah utama sebelum penindakan, "
                    + "terutama terhadap praktik politik uang dan penyebaran berita bohong.",
            "Peserta juga diajak mengenali pola pelanggaran yang sering terjadi, mulai dari pemasangan alat peraga "
                    + "kampanye di tempat terlarang hingga keterlibatan aparatur yang seharusnya netral.",
            "Diskusi berlangsung interaktif. Sejumlah peserta menyampaikan pengalaman di lapangan dan meminta "
                    + "penjelasan mengenai mekanisme pelaporan dugaan pelanggaran.",
            "Selain itu, disampaikan pula jadwal pengawasan melekat yang akan dilakukan bersama jajaran pengawas "
                    + "ad hoc sampai ke tingkat desa dan kelurahan.",
            "Masyarakat yang menemukan dugaan pelanggaran dapat melapor langsung ke kantor pengawas terdekat atau "
                    + "melalui kanal pengaduan daring yang tersedia setiap hari.",
            "Di akhir kegiatan, seluruh peserta menandatangani komitmen bersama untuk menjaga pemilu yang jujur, "
                    + "adil, dan bermartabat.",
            "Hasil rapat akan ditindaklanjuti dengan surat imbauan kepada seluruh pemangku kepentingan agar "
                    + "mematuhi ketentuan peraturan perundang-undangan.");
    static final List<String> QUOTES = List.of(
            "Pengawasan tidak bisa dilakukan sendiri. Kami membutuhkan keterlibatan masyarakat agar setiap "
                    + "dugaan pelanggaran dapat dicegah sejak dini",
            "Kami berharap seluruh peserta dapat meneruskan materi ini kepada masyarakat di lingkungannya masing-masing",
            "Netralitas aparatur adalah syarat mutlak pemilu yang berintegritas, dan kami akan mengawasinya dengan "
                    + "sungguh-sungguh",
            "Keterbukaan informasi menjadi kunci kepercayaan publik terhadap penyelenggara pemilu");

    private Phrases() {
    }

    static <T> T pick(List<T> list, RandomGenerator rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    static String person(RandomGenerator rnd) {
        return pick(FIRST, rnd) + " " + pick(LAST, rnd);
    }
}
