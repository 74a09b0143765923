package id.humasdesk.logic.publish;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.humasdesk.logic.common.Messages;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The release on the office letterhead as an A4 PDF/A-2b: laid out from XHTML and CSS by
 * openhtmltopdf on PDFBox, DejaVu fonts embedded, text selectable. Dates and the document id come
 * from the revision, so the same revision and identity give the same bytes.
 */
final class PdfRenderer {
    static final String PRODUCER = "HumasDesk";
    private static final Logger LOG = Logger.getLogger(PdfRenderer.class.getName());
    /** openhtmltopdf logs every font load at INFO; keep its warnings only (a held reference keeps the level). */
    private static final Logger QUIET = quiet();
    /** Font metrics survive between documents: the second PDF skips measuring the fonts again. */
    private static final FSCacheEx<String, FSCacheValue> METRICS = new MetricsCache();
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Photos wider than this are scaled down before they go in: a PDF for e-mail, not for print shops. */
    static final int MAX_PHOTO_WIDTH = 1600;

    private final Messages words;

    PdfRenderer(Messages words) {
        this.words = words;
    }

    byte[] render(ReleaseSheet s) {
        String xhtml = page(s);
        return toPdf(xhtml, new Meta(s.headline(), s.identity().officeName(), s.typeLabel() + " "
                + s.number(), "release:" + s.releaseId() + "; revision:" + s.revisionNumber(), s.releaseId()
                        + "/" + s.revisionNumber(), s.revisionTime(), s.releaseId().toString()));
    }

    /** What goes into the PDF's information dictionary and XMP. */
    record Meta(String title, String author, String subject, String keywords, String idSeed, Instant at,
            String releaseId) {
    }

    static byte[] toPdf(String xhtml, Meta meta) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            b.useColorProfile(SRGB);
            b.withProducer(PRODUCER);
            b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
            font(b, Fonts.SERIF, "DejaVu Serif", 400, FontStyle.NORMAL);
            font(b, Fonts.SERIF_BOLD, "DejaVu Serif", 700, FontStyle.NORMAL);
            font(b, Fonts.SERIF_ITALIC, "DejaVu Serif", 400, FontStyle.ITALIC);
            font(b, Fonts.SANS, "DejaVu Sans", 400, FontStyle.NORMAL);
            font(b, Fonts.SANS_BOLD, "DejaVu Sans", 700, FontStyle.NORMAL);
            b.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer r = b.buildPdfRenderer(); PDDocument doc = r.createPDFKeepOpen()) {
                fix(doc, meta);
                doc.save(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Logger quiet() {
        for (String name : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(name, Level.WARNING);
        }
        Logger l = Logger.getLogger("com.openhtmltopdf");
        l.setLevel(Level.WARNING);
        return l;
    }

    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final java.util.Map<String, FSCacheValue> map = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, java.util.concurrent.Callable<? extends FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }

    private static void font(PdfRendererBuilder b, String file, String family, int weight, FontStyle style) {
        byte[] data = Fonts.bytes(file);
        b.useFont(() -> new ByteArrayInputStream(data), family, weight, style, true);
    }

    /** Fixed dates, metadata and document id: the same input gives the same file. */
    private static void fix(PDDocument doc, Meta m) throws IOException {
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(m.at().toEpochMilli() / 1000 * 1000);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(m.title());
        info.setAuthor(m.author());
        info.setSubject(m.subject());
        info.setKeywords(m.keywords());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(at);
        info.setModificationDate(at);
        if (m.releaseId() != null) {
            info.setCustomMetadataValue("ReleaseUUID", m.releaseId());
        }
        doc.setDocumentInformation(info);
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(m.title());
            dc.addCreator(m.author());
            dc.setDescription(m.subject());
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(at);
            basic.setModifyDate(at);
            basic.setMetadataDate(at);
            basic.setCreatorTool(PRODUCER);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            pdf.setKeywords(m.keywords());
            ByteArrayOutputStream x = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, x, true);
            PDMetadata md = new PDMetadata(doc);
            md.importXMPMetadata(x.toByteArray());
            doc.getDocumentCatalog().setMetadata(md);
        } catch (javax.xml.transform.TransformerException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException("XMP metadata", e);
        }
        byte[] id = sha(m.idSeed());
        byte[] half = java.util.Arrays.copyOf(id, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(half));
        ids.add(new COSString(half));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole letterhead page as XHTML. */
    String page(ReleaseSheet s) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>")
                .append(HtmlRenderer.esc(s.headline())).append("</title>\n<style>\n")
                .append(css(s.identity(), s.numberLine())).append("</style></head>\n<body>\n");
        if (s.draft()) {
            h.append("<div class=\"watermark\">").append(HtmlRenderer.esc(words.get("publish.doc.watermark")))
                    .append("</div>\n");
        }
        h.append(letterhead(s.identity(), s.logo()));
        if (s.draft()) {
            h.append("<p class=\"draft-note\">").append(HtmlRenderer.esc(words.get("publish.doc.draftNote")))
                    .append("</p>\n");
        }
        h.append(HtmlRenderer.article(s, words, PdfRenderer::imageSource, true));
        h.append("</body></html>\n");
        return h.toString();
    }

    static String letterhead(OfficeIdentity id, Path logo) {
        StringBuilder h = new StringBuilder("<table class=\"kop\"><tr>");
        h.append("<td class=\"kop-logo\">");
        String src = logo == null ? "" : dataUri(logo, 300);
        if (!src.isEmpty()) {
            h.append("<img src=\"").append(src).append("\" alt=\"\"/>");
        }
        h.append("</td><td class=\"kop-teks\">");
        if (!id.parentLine().isEmpty()) {
            h.append("<div class=\"kop-induk\">").append(HtmlRenderer.esc(IndonesianText.upper(id.parentLine())))
                    .append("</div>");
        }
        h.append("<div class=\"kop-nama\">").append(HtmlRenderer.esc(IndonesianText.upper(id.officeName())))
                .append("</div>");
        if (!id.address().isEmpty()) {
            h.append("<div class=\"kop-alamat\">").append(HtmlRenderer.esc(id.address())).append("</div>");
        }
        if (!id.contactLine().isEmpty()) {
            h.append("<div class=\"kop-alamat\">").append(HtmlRenderer.esc(id.contactLine())).append("</div>");
        }
        if (!id.socials().isEmpty()) {
            h.append("<div class=\"kop-alamat\">").append(HtmlRenderer.esc(id.socials())).append("</div>");
        }
        h.append("</td></tr></table>\n<div class=\"kop-garis\"></div>\n");
        return h.toString();
    }

    static String css(OfficeIdentity id, String footer) {
        return """
                @page { size: A4; margin: 18mm 20mm 20mm 22mm;
                  @bottom-left { content: "%s"; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #666; }
                  @bottom-right { content: "Halaman " counter(page) " dari " counter(pages);
                    font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #666; } }
                body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.45; color: #111; }
                table.kop { width: 100%%; border-collapse: collapse; }
                td.kop-logo { width: 24mm; vertical-align: middle; }
                td.kop-logo img { width: 22mm; }
                td.kop-teks { text-align: center; vertical-align: middle; padding-right: 24mm; }
                .kop-induk { font-family: 'DejaVu Sans'; font-size: 9pt; letter-spacing: 0.5pt; }
                .kop-nama { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 14pt; color: %s; }
                .kop-alamat { font-family: 'DejaVu Sans'; font-size: 8pt; color: #333; }
                .kop-garis { border-top: 2.2pt solid %s; border-bottom: 0.8pt solid %s; height: 1.5pt;
                  margin: 2mm 0 5mm 0; }
                .jenis { font-family: 'DejaVu Sans'; font-weight: bold; text-align: center; font-size: 12pt;
                  letter-spacing: 1.5pt; text-transform: uppercase; margin: 0; }
                .nomor, .tanggal { text-align: center; font-size: 9.5pt; margin: 1mm 0; }
                h1 { font-family: 'DejaVu Sans'; font-size: 16pt; line-height: 1.25; margin: 4mm 0 1mm 0;
                  text-align: center; }
                h2 { font-family: 'DejaVu Sans'; font-size: 10.5pt; margin: 4mm 0 1mm 0; }
                .subjudul { text-align: center; font-style: italic; margin: 0 0 2mm 0; }
                p { margin: 0 0 2.6mm 0; text-align: justify; }
                .dateline { font-weight: bold; }
                blockquote { margin: 2mm 8mm 3mm 8mm; padding-left: 4mm; border-left: 2pt solid %s;
                  font-style: italic; }
                section.foto { margin-top: 4mm; }
                figure { display: inline-block; width: 48%%; margin: 0 1%% 3mm 0; vertical-align: top;
                  page-break-inside: avoid; }
                figure img { width: 100%%; }
                figcaption { font-family: 'DejaVu Sans'; font-size: 8pt; color: #333; }
                figcaption small { color: #666; font-size: 7.5pt; }
                aside.narasumber ul { margin: 0; padding-left: 5mm; }
                footer { margin-top: 4mm; font-size: 9.5pt; }
                .ttd { margin-top: 8mm; margin-left: 95mm; page-break-inside: avoid; }
                .ttd p { margin: 0; text-align: left; }
                .ttd-ruang { height: 20mm; }
                .ttd-gambar { height: 20mm; }
                .ttd-nama { font-weight: bold; text-decoration: underline; }
                .draft-note { font-family: 'DejaVu Sans'; font-weight: bold; color: #B00020; text-align: center; }
                .watermark { position: fixed; top: 110mm; left: -10mm; width: 190mm; text-align: center;
                  font-family: 'DejaVu Sans'; font-weight: bold; font-size: 44pt; color: #F1D3D3;
                  transform: rotate(-40deg); z-index: -1; }
                """.formatted(HtmlRenderer.esc(footer).replace("\"", "'"), id.primaryColour(),
                id.primaryColour(), id.primaryColour(), id.accentColour());
    }

    private static String imageSource(ReleaseSheet.SheetPhoto p) {
        return p.file() == null ? "" : dataUri(p.file(), MAX_PHOTO_WIDTH);
    }

    /** The picture as a data URI: JPEG stays JPEG, anything else becomes PNG; big ones are scaled down. */
    static String dataUri(Path file, int maxWidth) {
        try {
            byte[] raw = java.nio.file.Files.readAllBytes(file);
            boolean jpeg = raw.length > 2 && (raw[0] & 0xFF) == 0xFF && (raw[1] & 0xFF) == 0xD8;
            BufferedImage img = null;
            if (!jpeg || raw.length > 600_000) {
                img = ImageIO.read(new ByteArrayInputStream(raw));
                if (img == null) {
                    return "";
                }
            }
            if (img != null && (img.getWidth() > maxWidth || !jpeg)) {
                // Flattened on white: the page is white anyway, and the PDF carries no soft masks.
                BufferedImage scaled = Images.fit(img, maxWidth, true);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(scaled, jpeg ? "jpg" : "png", out);
                raw = out.toByteArray();
            }
            return "data:image/" + (jpeg ? "jpeg" : "png") + ";base64," + Base64.getEncoder().encodeToString(raw);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Picture left out: " + file, e);
            return "";
        }
    }
}
