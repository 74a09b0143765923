package id.humasdesk.logic.publish;

import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.support.TestOffice;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Releases worth rendering: an ordinary one and a stress case (long headline, 30 paragraphs, 10 photos). */
final class PublishFixture {
    static final String DIACRITIC_NAME = "Ni Luh Putu Ayu Wédhāsari, S.Sos., M.Sí.";
    static final String LONG_HEADLINE = "Bawaslu Kabupaten Kaur Ajak Seluruh Pemangku Kepentingan, Tokoh Adat, "
            + "Pemuda dan Pemilih Pemula Mengawasi Masa Tenang hingga Pemungutan Suara Ulang di Tujuh Kecamatan";

    private PublishFixture() {
    }

    static Path photoFile(Path dir, int n) throws IOException {
        BufferedImage img = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color a = Color.getHSBColor((n * 0.13f) % 1f, 0.55f, 0.75f);
        g.setPaint(new GradientPaint(0, 0, a, 1600, 1000, a.darker().darker()));
        g.fillRect(0, 0, 1600, 1000);
        g.setColor(new Color(255, 255, 255, 90));
        for (int i = 0; i < 6; i++) {
            g.fillOval(150 + i * 220, 380 - (i % 2) * 120, 180, 180);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
        g.drawString("Foto " + n, 90, 900);
        g.dispose();
        Path f = dir.resolve("foto-" + n + ".jpg");
        ImageIO.write(img, "jpg", f.toFile());
        return f;
    }

    static List<Photo> photos(Services s, Path dir, int count) throws IOException {
        List<Photo> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path f = photoFile(dir, i);
            String sha = s.media().put(f, "jpg");
            out.add(new Photo(sha, "image/jpeg", Files.size(f), "Peserta rapat koordinasi pengawasan sesi " + i
                    + " di Aula Bawaslu Kabupaten Kaur", "Tim Humas Bawaslu Kabupaten Kaur"));
        }
        return out;
    }

    static List<Photo> photosQuiet(Services s, Path dir) {
        try {
            return photos(s, dir, 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ReleaseContent ordinary(List<Photo> photos) {
        return new ReleaseContent("Bawaslu Kaur Gelar Apel Siaga Pengawasan Masa Tenang", "",
                "Kaur", LocalDate.of(2026, 11, 29),
                "Bawaslu Kabupaten Kaur menggelar apel siaga pengawasan masa tenang di halaman kantor, "
                        + "Minggu (29/11/2026) pukul 10.00 WIB.",
                List.of("Apel diikuti seluruh jajaran pengawas kecamatan dan kelurahan/desa se-Kabupaten Kaur.",
                        "\u201CKami minta seluruh jajaran memastikan tidak ada kampanye terselubung,\u201D ujar "
                                + DIACRITIC_NAME + ", Ketua Bawaslu Kabupaten Kaur.",
                        "Patroli pengawasan akan dilakukan hingga hari pemungutan suara."),
                List.of(new Narasumber(DIACRITIC_NAME, "Ketua Bawaslu Kabupaten Kaur", "masa tenang")),
                List.of("masa tenang"), "Masa Tenang", "Narahubung: Rina Marlina (0812-7000-1234)", "Rina Marlina",
                "Tim Humas Bawaslu Kabupaten Kaur", photos);
    }

    static ReleaseContent stress(List<Photo> photos) {
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            body.add(i % 7 == 0 ? "\u201CParagraf kutipan ke-" + i + ": pengawasan partisipatif membutuhkan "
                    + "keterlibatan semua pihak,\u201D kata " + DIACRITIC_NAME + "."
                    : "Paragraf ke-" + i + " menjelaskan langkah pengawasan tahapan pemilu di Kecamatan "
                            + "Kaur Selatan, Maje, Nasal, dan Tetap, termasuk koordinasi dengan Sentra Gakkumdu "
                            + "serta pemantau independen yang terakreditasi.");
        }
        return new ReleaseContent(LONG_HEADLINE, "Rapat koordinasi menjelang pemungutan suara", "Bintuhan",
                LocalDate.of(2026, 11, 29), "Bawaslu Kabupaten Kaur menggelar rapat koordinasi pengawasan pukul "
                        + "10.00 WIB bersama tokoh adat dan pemuda.", body,
                List.of(new Narasumber(DIACRITIC_NAME, "Ketua Bawaslu Kabupaten Kaur", ""),
                        new Narasumber("Muḥammad Šarif Çelik", "Koordinator Divisi Penanganan Pelanggaran", "")),
                List.of("pengawasan"), "Masa Tenang", "Narahubung: Rina Marlina (0812-7000-1234)", "Rina Marlina",
                "Tim Humas Bawaslu Kabupaten Kaur", photos);
    }

    /** A release taken through review to APPROVED. */
    static Release approved(TestOffice o, ReleaseType type, ReleaseContent c) {
        Services s = o.services;
        Release r = s.drafts().create(o.writer, type, c);
        r = s.review().submit(o.writer, r.id(), r.version());
        return s.review().approve(o.reviewer, r.id(), r.version());
    }

    /** Writes an output where a developer asked for samples ({@code -Dpublish.samples=DIR}). */
    static void keep(String name, byte[] bytes) throws IOException {
        String dir = System.getProperty("publish.samples");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), bytes);
        }
    }
}
