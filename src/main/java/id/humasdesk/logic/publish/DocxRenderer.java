package id.humasdesk.logic.publish;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Narasumber;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The release as an editable Word document: the same content as the PDF with real paragraph
 * styles (Title, Heading 2, Quote, Caption ...) so a journalist can restyle and copy from it.
 */
final class DocxRenderer {
    private static final Logger LOG = Logger.getLogger(DocxRenderer.class.getName());
    static final String BODY_FONT = "Arial";
    /** Text width of A4 with the margins below, in points. */
    private static final double TEXT_WIDTH_PT = (11906 - 2 * 1440) / 20.0;

    private final Messages words;

    DocxRenderer(Messages words) {
        this.words = words;
    }

    byte[] render(ReleaseSheet s) {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc, s.identity().primaryColour().substring(1));
            page(doc);
            letterhead(doc, s);
            para(doc, "Subtitle", s.typeLabel().toUpperCase(java.util.Locale.ROOT), ParagraphAlignment.CENTER);
            if (!s.numberLine().isEmpty()) {
                para(doc, "Nomor", s.numberLine(), ParagraphAlignment.CENTER);
            }
            para(doc, "Title", s.headline(), ParagraphAlignment.CENTER);
            if (!s.subheadline().isEmpty()) {
                para(doc, "Subjudul", s.subheadline(), ParagraphAlignment.CENTER);
            }
            XWPFParagraph lead = doc.createParagraph();
            lead.setStyle("Normal");
            XWPFRun dl = lead.createRun();
            dl.setBold(true);
            dl.setText(s.dateline() + " ");
            lead.createRun().setText(s.lead());
            for (ReleaseSheet.Block b : s.body()) {
                para(doc, b.quote() ? "Quote" : "Normal", b.text(), null);
            }
            for (ReleaseSheet.SheetPhoto p : s.photos()) {
                photo(doc, p);
            }
            if (!s.narasumber().isEmpty()) {
                para(doc, "Heading2", words.get("publish.doc.narasumber"), null);
                for (Narasumber n : s.narasumber()) {
                    XWPFParagraph li = doc.createParagraph();
                    li.setStyle("ListParagraph");
                    XWPFRun name = li.createRun();
                    name.setBold(true);
                    name.setText("\u2022 " + n.name());
                    if (!n.title().isEmpty()) {
                        li.createRun().setText(", " + n.title());
                    }
                }
            }
            if (!s.contact().isEmpty()) {
                para(doc, "Narahubung", s.contact(), null);
            }
            if (!s.closing().isEmpty()) {
                para(doc, "Narahubung", s.closing(), null);
            }
            if (s.signed()) {
                signature(doc, s);
            }
            properties(doc, s);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return fixedZipTimes(out.toByteArray(), s.revisionTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void properties(XWPFDocument doc, ReleaseSheet s) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(s.headline());
        core.setCreator(s.identity().officeName());
        core.setSubjectProperty(s.typeLabel() + " " + s.number());
        core.setKeywords(String.join(", ", s.tags()));
        core.setIdentifier("urn:uuid:" + s.releaseId());
        core.setRevision(Integer.toString(Math.max(1, s.revisionNumber())));
        Date at = Date.from(s.revisionTime());
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setLastModifiedByUser(s.identity().officeName());
        doc.getProperties().getExtendedProperties().setApplication("HumasDesk");
        doc.getProperties().getExtendedProperties().setCompany(s.identity().officeName());
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1440));
        mar.setRight(BigInteger.valueOf(1440));
    }

    private void letterhead(XWPFDocument doc, ReleaseSheet s) {
        OfficeIdentity id = s.identity();
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        XWPFTableCell logoCell = t.getRow(0).getCell(0);
        logoCell.setWidth("15%");
        if (s.logo() != null) {
            picture(logoCell.getParagraphs().get(0).createRun(), s.logo(), 60);
        }
        XWPFTableCell text = t.getRow(0).getCell(1);
        text.setWidth("85%");
        XWPFParagraph first = text.getParagraphs().get(0);
        first.setStyle("KopInduk");
        first.setAlignment(ParagraphAlignment.CENTER);
        first.createRun().setText(IndonesianText.upper(id.parentLine()));
        XWPFParagraph name = text.addParagraph();
        name.setStyle("KopNama");
        name.setAlignment(ParagraphAlignment.CENTER);
        name.createRun().setText(IndonesianText.upper(id.officeName()));
        for (String line : new String[] {id.address(), id.contactLine(), id.socials()}) {
            if (!line.isEmpty()) {
                XWPFParagraph p = text.addParagraph();
                p.setStyle("KopAlamat");
                p.setAlignment(ParagraphAlignment.CENTER);
                p.createRun().setText(line);
            }
        }
        XWPFParagraph rule = doc.createParagraph();
        rule.setStyle("KopGaris");
        rule.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.THICK_THIN_SMALL_GAP);
    }

    private void photo(XWPFDocument doc, ReleaseSheet.SheetPhoto p) {
        if (p.file() != null) {
            XWPFParagraph img = doc.createParagraph();
            img.setStyle("Foto");
            img.setAlignment(ParagraphAlignment.CENTER);
            picture(img.createRun(), p.file(), TEXT_WIDTH_PT * 0.75);
        }
        String caption = p.caption() + (p.credit().isEmpty() ? "" : " (" + words.get("publish.doc.photoCredit",
                p.credit()) + ")");
        para(doc, "Caption", caption, ParagraphAlignment.CENTER);
    }

    private void signature(XWPFDocument doc, ReleaseSheet s) {
        para(doc, "TandaTangan", s.signPlaceDate(), null);
        para(doc, "TandaTangan", s.identity().headTitle() + ",", null);
        XWPFParagraph space = doc.createParagraph();
        space.setStyle("TandaTangan");
        if (s.signature() != null) {
            picture(space.createRun(), s.signature(), 110);
        } else {
            space.setSpacingBefore(900);
        }
        XWPFParagraph name = doc.createParagraph();
        name.setStyle("TandaTangan");
        XWPFRun r = name.createRun();
        r.setBold(true);
        r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        r.setText(s.identity().headName().isEmpty() ? words.get("publish.doc.headNameMissing")
                : s.identity().headName());
    }

    /** Adds a picture {@code widthPt} wide (or narrower if the picture is small). */
    private static void picture(XWPFRun run, Path file, double widthPt) {
        try {
            byte[] raw = Files.readAllBytes(file);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(raw));
            if (img == null) {
                return;
            }
            boolean jpeg = raw.length > 2 && (raw[0] & 0xFF) == 0xFF && (raw[1] & 0xFF) == 0xD8;
            if (img.getWidth() > PdfRenderer.MAX_PHOTO_WIDTH) {
                BufferedImage small = Images.fit(img, PdfRenderer.MAX_PHOTO_WIDTH, jpeg);
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                ImageIO.write(small, jpeg ? "jpg" : "png", o);
                raw = o.toByteArray();
            }
            double w = Math.min(widthPt, img.getWidth() * 0.75);
            double h = w * img.getHeight() / img.getWidth();
            run.addPicture(new ByteArrayInputStream(raw), jpeg ? Document.PICTURE_TYPE_JPEG
                    : Document.PICTURE_TYPE_PNG, file.getFileName().toString(), Units.toEMU(w), Units.toEMU(h));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            LOG.log(Level.WARNING, "Picture left out: " + file, e);
        }
    }

    private static XWPFParagraph para(XWPFDocument doc, String style, String text, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (align != null) {
            p.setAlignment(align);
        }
        p.createRun().setText(text);
        return p;
    }

    /** Word's built-in style ids with our look, plus a few named ones for the letterhead. */
    static void styles(XWPFDocument doc, String colour) {
        XWPFStyles st = doc.createStyles();
        style(st, "Normal", "Normal", null, 22, false, false, null, 160, STJc.BOTH, -1);
        style(st, "Title", "Title", "Normal", 32, true, false, null, 120, STJc.CENTER, -1);
        style(st, "Subtitle", "Subtitle", "Normal", 24, true, false, colour, 40, STJc.CENTER, -1);
        style(st, "Heading1", "heading 1", "Normal", 28, true, false, colour, 120, STJc.LEFT, 0);
        style(st, "Heading2", "heading 2", "Normal", 24, true, false, colour, 80, STJc.LEFT, 1);
        style(st, "Heading3", "heading 3", "Normal", 22, true, false, null, 60, STJc.LEFT, 2);
        style(st, "Quote", "Quote", "Normal", 22, false, true, null, 160, STJc.BOTH, -1);
        style(st, "Caption", "caption", "Normal", 18, false, true, "444444", 200, STJc.CENTER, -1);
        style(st, "ListParagraph", "List Paragraph", "Normal", 22, false, false, null, 60, STJc.LEFT, -1);
        style(st, "Nomor", "Nomor Rilis", "Normal", 20, false, false, null, 40, STJc.CENTER, -1);
        style(st, "Subjudul", "Subjudul", "Normal", 22, false, true, null, 120, STJc.CENTER, -1);
        style(st, "KopInduk", "Kop Induk", "Normal", 18, false, false, null, 0, STJc.CENTER, -1);
        style(st, "KopNama", "Kop Nama Kantor", "Normal", 28, true, false, colour, 0, STJc.CENTER, -1);
        style(st, "KopAlamat", "Kop Alamat", "Normal", 16, false, false, "333333", 0, STJc.CENTER, -1);
        style(st, "KopGaris", "Kop Garis", "Normal", 8, false, false, null, 240, STJc.LEFT, -1);
        style(st, "Foto", "Foto", "Normal", 22, false, false, null, 40, STJc.CENTER, -1);
        style(st, "Narahubung", "Narahubung", "Normal", 20, false, false, null, 60, STJc.LEFT, -1);
        style(st, "TandaTangan", "Tanda Tangan", "Normal", 22, false, false, null, 0, STJc.LEFT, -1);
        CTStyle quote = st.getStyle("Quote").getCTStyle();
        quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        quote.getPPr().getInd().setRight(BigInteger.valueOf(567));
        st.getStyle("TandaTangan").getCTStyle().getPPr().addNewInd().setLeft(BigInteger.valueOf(5100));
    }

    private static void style(XWPFStyles styles, String id, String name, String basedOn, int halfPoints,
            boolean bold, boolean italic, String colour, int afterTwips, STJc.Enum jc, int outline) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        } else {
            s.setDefault(true);
        }
        s.addNewQFormat();
        CTRPr r = s.addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setAscii(BODY_FONT);
        f.setHAnsi(BODY_FONT);
        f.setCs(BODY_FONT);
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            r.addNewB();
        }
        if (italic) {
            r.addNewI();
        }
        if (colour != null) {
            r.addNewColor().setVal(colour);
        }
        CTPPrGeneral p = s.addNewPPr();
        p.addNewSpacing().setAfter(BigInteger.valueOf(afterTwips));
        p.getSpacing().setLine(BigInteger.valueOf(276));
        // Without an explicit rule LibreOffice reads the line height as exact and clips inline pictures.
        p.getSpacing().setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        p.addNewJc().setVal(jc);
        if (outline >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.addNewKeepNext();
        }
        styles.addStyle(new XWPFStyle(s, styles));
    }

    /** Rewrites the zip with every entry dated at the revision time (POI stamps the clock). */
    static byte[] fixedZipTimes(byte[] zip, Instant at) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
