package id.humasdesk.logic.publish;

import id.humasdesk.logic.common.Messages;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The monthly report as PDF (letterhead, PDF/A-2b) and DOCX, with two charts drawn by JFreeChart. */
final class ReportRenderer {
    private static final Color[] SERIES = {new Color(0x7A1C1C), new Color(0xE0A526), new Color(0x2F6690),
        new Color(0x3A7D44), new Color(0x8E5572), new Color(0x5C5C5C), new Color(0xD1495B), new Color(0x00798C)};
    private final Messages words;

    ReportRenderer(Messages words) {
        this.words = words;
    }

    byte[] pdf(MonthlyReport r) {
        StringBuilder h = new StringBuilder(16_384);
        String title = words.get("publish.report.title");
        h.append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(title + " " + IndonesianText.month(r.month()))).append("</title>\n<style>\n")
                .append(PdfRenderer.css(r.identity(), title + " \u00B7 " + IndonesianText.month(r.month())))
                .append(REPORT_CSS).append("</style></head>\n<body>\n");
        h.append(PdfRenderer.letterhead(r.identity(), null));
        h.append("<h1>").append(esc(IndonesianText.upper(title))).append("</h1>\n");
        h.append("<p class=\"bulan\">").append(esc(words.get("publish.report.month", IndonesianText.month(r.month()))))
                .append("</p>\n");
        h.append("<h2>").append(esc(words.get("publish.report.summary"))).append("</h2>\n");
        h.append("<p>").append(esc(summary(r))).append("</p>\n");
        h.append("<table class=\"dua\"><tr><td>");
        counts(h, words.get("publish.report.byType"), r.releasesByType());
        h.append("</td><td>");
        counts(h, words.get("publish.report.byChannel"), r.postedByChannel());
        h.append("</td></tr></table>\n");
        h.append("<h2>").append(esc(words.get("publish.report.charts"))).append("</h2>\n");
        h.append("<img class=\"grafik\" src=\"").append(dataUri(weekChart(r))).append("\" alt=\"\"/>\n");
        h.append("<img class=\"grafik\" src=\"").append(dataUri(channelChart(r))).append("\" alt=\"\"/>\n");
        h.append("<h2>").append(esc(words.get("publish.report.published"))).append("</h2>\n");
        if (r.published().isEmpty()) {
            h.append("<p>").append(esc(words.get("publish.report.none"))).append("</p>\n");
        } else {
            h.append("<table class=\"daftar\"><thead><tr><th>").append(esc(words.get("publish.report.colNumber")))
                    .append("</th><th>").append(esc(words.get("publish.report.colHeadline"))).append("</th><th>")
                    .append(esc(words.get("publish.report.colLinks"))).append("</th></tr></thead><tbody>\n");
            for (MonthlyReport.Published p : r.published()) {
                h.append("<tr><td class=\"nomor\">").append(esc(p.number())).append("</td><td>").append(esc(p.headline()))
                        .append("<br/><span class=\"kecil\">").append(esc(p.type())).append("</span></td><td>");
                for (MonthlyReport.Link l : p.links()) {
                    h.append("<div class=\"kecil\"><b>").append(esc(l.channel())).append("</b> \u00B7 ")
                            .append(esc(l.when())).append("<br/>").append(esc(l.url())).append("</div>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        missedTable(h, words.get("publish.report.missed"), r.missed(), false);
        missedTable(h, words.get("publish.report.skipped"), r.skipped(), true);
        signature(h, r.office(), r.identity(), r.month());
        h.append("</body></html>\n");
        java.time.Instant at = r.month().plusMonths(1).atDay(1).atStartOfDay(r.office().zone()).toInstant();
        return PdfRenderer.toPdf(h.toString(), new PdfRenderer.Meta(title + " " + IndonesianText.month(r.month()),
                r.identity().officeName(), title, "report:" + r.month() + "; office:" + r.office().code(),
                "report/" + r.office().code() + "/" + r.month() + "/" + r.madeAt(), at, null));
    }

    /** Place and last day of the month, the head's title, room to sign, the head's name. */
    void signature(StringBuilder h, id.humasdesk.model.Office office, OfficeIdentity id, java.time.YearMonth month) {
        h.append("<div class=\"ttd\"><p>").append(esc(office.placeName() + ", "
                + IndonesianText.date(month.atEndOfMonth()))).append("</p><p>")
                .append(esc(id.headTitle())).append(",</p><div class=\"ttd-ruang\"></div><p class=\"ttd-nama\">")
                .append(esc(id.headName().isEmpty() ? words.get("publish.doc.headNameMissing") : id.headName()))
                .append("</p></div>\n");
    }

    static final String REPORT_CSS = """
            h1 { font-size: 15pt; margin-top: 2mm; }
            .bulan { text-align: center; font-family: 'DejaVu Sans'; margin-bottom: 4mm; }
            table.dua { width: 100%; border-collapse: collapse; }
            table.dua td { vertical-align: top; width: 50%; padding-right: 4mm; }
            table.angka, table.daftar { width: 100%; border-collapse: collapse; font-size: 9pt;
              font-family: 'DejaVu Sans'; }
            table.angka td, table.daftar td, table.daftar th { border-bottom: 0.5pt solid #bbb; padding: 1mm 1.5mm;
              vertical-align: top; text-align: left; }
            table.daftar th { background: #eee; }
            table.daftar tr { page-break-inside: avoid; }
            td.nomor { width: 34mm; word-wrap: break-word; }
            td.n { text-align: right; width: 18mm; }
            .kecil { font-size: 8pt; color: #444; }
            img.grafik { width: 100%; margin: 2mm 0 3mm 0; }
            """;

    private String summary(MonthlyReport r) {
        return words.get("publish.report.summaryText", IndonesianText.number(r.plansTotal()),
                IndonesianText.number(r.postedTotal()), IndonesianText.number(r.publishedReleases()),
                IndonesianText.number(r.missed().size()), IndonesianText.number(r.skipped().size()));
    }

    static void counts(StringBuilder h, String title, Map<String, Integer> counts) {
        h.append("<h2>").append(esc(title)).append("</h2><table class=\"angka\">");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">")
                    .append(IndonesianText.number(e.getValue())).append("</td></tr>");
        }
        h.append("</table>\n");
    }

    private void missedTable(StringBuilder h, String title, List<MonthlyReport.Missed> rows, boolean withNote) {
        h.append("<h2>").append(esc(title)).append("</h2>\n");
        if (rows.isEmpty()) {
            h.append("<p>").append(esc(words.get("publish.report.none"))).append("</p>\n");
            return;
        }
        h.append("<table class=\"daftar\"><thead><tr><th>").append(esc(words.get("publish.report.colWhen")))
                .append("</th><th>").append(esc(words.get("publish.report.colChannel"))).append("</th><th>")
                .append(esc(words.get("publish.report.colHeadline"))).append("</th></tr></thead><tbody>\n");
        for (MonthlyReport.Missed m : rows) {
            h.append("<tr><td>").append(esc(m.when())).append("</td><td>").append(esc(m.channel()))
                    .append("</td><td>").append(esc(m.headline()));
            if (withNote && !m.note().isEmpty()) {
                h.append("<br/><span class=\"kecil\">").append(esc(words.get("publish.report.reason", m.note())))
                        .append("</span>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    byte[] docx(MonthlyReport r) {
        try (XWPFDocument doc = new XWPFDocument()) {
            String title = words.get("publish.report.title");
            DocxReport d = new DocxReport(doc, r.identity().primaryColour().substring(1));
            d.para("KopNama", IndonesianText.upper(r.identity().officeName()), ParagraphAlignment.CENTER);
            d.para("Title", IndonesianText.upper(title), ParagraphAlignment.CENTER);
            d.para("Subtitle", words.get("publish.report.month", IndonesianText.month(r.month())),
                    ParagraphAlignment.CENTER);
            d.para("Heading1", words.get("publish.report.summary"), null);
            d.para("Normal", summary(r), null);
            d.para("Heading2", words.get("publish.report.byType"), null);
            d.counts(r.releasesByType());
            d.para("Heading2", words.get("publish.report.byChannel"), null);
            d.counts(r.postedByChannel());
            d.para("Heading1", words.get("publish.report.charts"), null);
            d.picture(weekChart(r), "minggu.png");
            d.picture(channelChart(r), "kanal.png");
            d.para("Heading1", words.get("publish.report.published"), null);
            if (r.published().isEmpty()) {
                d.para("Normal", words.get("publish.report.none"), null);
            }
            for (MonthlyReport.Published p : r.published()) {
                d.para("Heading3", (p.number().isEmpty() ? "" : p.number() + " \u2013 ") + p.headline(), null);
                for (MonthlyReport.Link l : p.links()) {
                    d.para("ListParagraph", "\u2022 " + l.channel() + ", " + l.when() + ": " + l.url(), null);
                }
            }
            d.para("Heading1", words.get("publish.report.missed"), null);
            d.missed(r.missed(), words);
            d.para("Heading1", words.get("publish.report.skipped"), null);
            d.missed(r.skipped(), words);
            return finish(doc, title + " " + IndonesianText.month(r.month()), r.identity(),
                    r.month().plusMonths(1).atDay(1).atStartOfDay(r.office().zone()).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title, author and a fixed time (the month's end) in the properties and the zip: same month, same bytes. */
    static byte[] finish(XWPFDocument doc, String title, OfficeIdentity identity, java.time.Instant madeFor)
            throws IOException {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(identity.officeName());
        Date at = Date.from(madeFor);
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return DocxRenderer.fixedZipTimes(out.toByteArray(), madeFor);
    }

    /** Small writer for the report's DOCX, reusing the release styles. */
    static final class DocxReport {
        private final XWPFDocument doc;

        DocxReport(XWPFDocument doc, String colour) {
            this.doc = doc;
            DocxRenderer.styles(doc, colour);
        }

        void para(String style, String text, ParagraphAlignment align) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            if (align != null) {
                p.setAlignment(align);
            }
            p.createRun().setText(text);
        }

        /** A table whose first row is the header. */
        void table(List<List<String>> rows) {
            XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
            t.setWidth("100%");
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < rows.get(i).size(); j++) {
                    t.getRow(i).getCell(j).setText(rows.get(i).get(j));
                }
            }
            doc.createParagraph();
        }

        void counts(Map<String, Integer> counts) {
            XWPFTable t = doc.createTable(Math.max(1, counts.size()), 2);
            t.setWidth("70%");
            int i = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                XWPFTableRow row = t.getRow(i++);
                row.getCell(0).setText(e.getKey());
                row.getCell(1).setText(IndonesianText.number(e.getValue()));
            }
            doc.createParagraph();
        }

        void missed(List<MonthlyReport.Missed> rows, Messages words) {
            if (rows.isEmpty()) {
                para("Normal", words.get("publish.report.none"), null);
                return;
            }
            XWPFTable t = doc.createTable(rows.size() + 1, 3);
            t.getRow(0).getCell(0).setText(words.get("publish.report.colWhen"));
            t.getRow(0).getCell(1).setText(words.get("publish.report.colChannel"));
            t.getRow(0).getCell(2).setText(words.get("publish.report.colHeadline"));
            for (int i = 0; i < rows.size(); i++) {
                MonthlyReport.Missed m = rows.get(i);
                XWPFTableRow row = t.getRow(i + 1);
                row.getCell(0).setText(m.when());
                row.getCell(1).setText(m.channel());
                row.getCell(2).setText(m.headline() + (m.note().isEmpty() ? "" : " (" + words.get(
                        "publish.report.reason", m.note()) + ")"));
            }
            doc.createParagraph();
        }

        void picture(BufferedImage img, String name) throws IOException {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", o);
            XWPFRun run = doc.createParagraph().createRun();
            double w = 450;
            double h = w * img.getHeight() / img.getWidth();
            try {
                run.addPicture(new ByteArrayInputStream(o.toByteArray()), Document.PICTURE_TYPE_PNG, name,
                        Units.toEMU(w), Units.toEMU(h));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
        }
    }

    BufferedImage weekChart(MonthlyReport r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> channels = r.channelsInWeeks();
        for (Map.Entry<String, Map<String, Integer>> wk : r.postedByWeekAndChannel().entrySet()) {
            String label = words.get("publish.report.weekLabel", wk.getKey());
            if (channels.isEmpty()) {
                data.addValue(0, words.get("publish.report.postedSeries"), label);
            }
            for (String ch : channels) {
                data.addValue(wk.getValue().getOrDefault(ch, 0), ch, label);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(words.get("publish.report.chartWeek"), null,
                words.get("publish.report.postedSeries"), data, PlotOrientation.VERTICAL, true, false, false);
        return draw(chart, 1400, 620);
    }

    BufferedImage channelChart(MonthlyReport r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = words.get("publish.report.postedSeries");
        for (Map.Entry<String, Integer> e : r.postedByChannel().entrySet()) {
            data.addValue(e.getValue(), series, e.getKey());
        }
        if (r.postedByChannel().isEmpty()) {
            data.addValue(0, series, words.get("publish.report.none"));
        }
        JFreeChart chart = ChartFactory.createBarChart(words.get("publish.report.chartChannel"), null, series, data,
                PlotOrientation.HORIZONTAL, false, false, false);
        return draw(chart, 1400, Math.max(360, 120 + 70 * Math.max(1, r.postedByChannel().size())));
    }

    static BufferedImage draw(JFreeChart chart, int w, int h) {
        StandardChartTheme theme = new StandardChartTheme("HumasDesk");
        Font regular = Fonts.awt(Fonts.SANS, 22);
        theme.setExtraLargeFont(Fonts.awt(Fonts.SANS_BOLD, 30));
        theme.setLargeFont(Fonts.awt(Fonts.SANS_BOLD, 24));
        theme.setRegularFont(regular);
        theme.setSmallFont(Fonts.awt(Fonts.SANS, 18));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xCCCCCC));
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
        renderer.setMaximumBarWidth(0.12);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart.createBufferedImage(w, h);
    }

    static String dataUri(BufferedImage img) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(CardRenderer.png(img));
    }

    static String esc(String s) {
        return HtmlRenderer.esc(s);
    }
}
