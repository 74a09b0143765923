package id.humasdesk.logic.publish;

import id.humasdesk.logic.common.Messages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The regional report as PDF and DOCX, in the look of the monthly report it sums up. */
final class RegionalReportRenderer {
    private final Messages words;
    private final ReportRenderer base;

    RegionalReportRenderer(Messages words) {
        this.words = words;
        this.base = new ReportRenderer(words);
    }

    byte[] pdf(RegionalReport r) {
        String title = words.get("publish.regional.title");
        String month = IndonesianText.month(r.month());
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(title + " " + month)).append("</title>\n<style>\n")
                .append(PdfRenderer.css(r.identity(), title + " \u00B7 " + month))
                .append(ReportRenderer.REPORT_CSS).append(CSS).append("</style></head>\n<body>\n");
        h.append(PdfRenderer.letterhead(r.identity(), null));
        h.append("<h1>").append(esc(IndonesianText.upper(title))).append("</h1>\n");
        h.append("<p class=\"bulan\">").append(esc(words.get("publish.report.month", month))).append("</p>\n");
        h.append("<h2>").append(esc(words.get("publish.report.summary"))).append("</h2>\n<p>")
                .append(esc(summary(r))).append("</p>\n");
        table(h, provinceRows(r));
        if (r.totalPosts() > 0) {
            h.append("<h2>").append(esc(words.get("publish.report.charts"))).append("</h2>\n");
            h.append("<img class=\"grafik\" src=\"").append(ReportRenderer.dataUri(provinceChart(r)))
                    .append("\" alt=\"\"/>\n");
            h.append("<img class=\"grafik\" src=\"").append(ReportRenderer.dataUri(channelChart(r)))
                    .append("\" alt=\"\"/>\n");
        }
        h.append("<h2>").append(esc(words.get("publish.regional.perOffice"))).append("</h2>\n");
        officesByProvince(r).forEach((province, rows) -> {
            h.append("<div class=\"blok\"><h3>").append(esc(province)).append("</h3>\n");
            table(h, rows);
            h.append("</div>\n");
        });
        h.append("<p class=\"kecil\">").append(esc(words.get("publish.regional.source"))).append("</p>\n");
        base.signature(h, r.office(), r.identity(), r.month());
        h.append("</body></html>\n");
        Instant at = endOfMonth(r);
        return PdfRenderer.toPdf(h.toString(), new PdfRenderer.Meta(title + " " + month, r.identity().officeName(),
                title, "regional-report:" + r.month() + "; office:" + r.office().code(),
                "regional-report/" + r.office().code() + "/" + r.month() + "/" + r.madeAt(), at, null));
    }

    byte[] docx(RegionalReport r) {
        String title = words.get("publish.regional.title");
        try (XWPFDocument doc = new XWPFDocument()) {
            var d = new ReportRenderer.DocxReport(doc, r.identity().primaryColour().substring(1));
            d.para("KopNama", IndonesianText.upper(r.identity().officeName()), ParagraphAlignment.CENTER);
            d.para("Title", IndonesianText.upper(title), ParagraphAlignment.CENTER);
            d.para("Subtitle", words.get("publish.report.month", IndonesianText.month(r.month())),
                    ParagraphAlignment.CENTER);
            d.para("Heading1", words.get("publish.report.summary"), null);
            d.para("Normal", summary(r), null);
            d.table(provinceRows(r));
            if (r.totalPosts() > 0) {
                d.para("Heading1", words.get("publish.report.charts"), null);
                d.picture(provinceChart(r), "provinsi.png");
                d.picture(channelChart(r), "kanal.png");
            }
            d.para("Heading1", words.get("publish.regional.perOffice"), null);
            for (Map.Entry<String, List<List<String>>> e : officesByProvince(r).entrySet()) {
                d.para("Heading2", e.getKey(), null);
                d.table(e.getValue());
            }
            d.para("Normal", words.get("publish.regional.source"), null);
            return ReportRenderer.finish(doc, title + " " + IndonesianText.month(r.month()), r.identity(),
                    endOfMonth(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String summary(RegionalReport r) {
        if (r.offices().isEmpty()) {
            return words.get("publish.regional.empty");
        }
        return words.get("publish.regional.summaryText", IndonesianText.number(r.offices().size()),
                IndonesianText.number(r.totalPosts()),
                IndonesianText.number(r.offices().stream().mapToInt(RegionalReport.OfficeLine::releases).sum()),
                IndonesianText.number(r.offices().stream().mapToInt(RegionalReport.OfficeLine::skipped).sum()),
                IndonesianText.number(r.offices().stream().mapToInt(RegionalReport.OfficeLine::unreported).sum()));
    }

    private List<List<String>> provinceRows(RegionalReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words.get("publish.regional.colProvince"), words.get("publish.regional.colOffices"),
                words.get("publish.regional.colReleases"), words.get("publish.regional.colPosts"),
                words.get("publish.regional.colSkipped"), words.get("publish.regional.colUnreported")));
        for (RegionalReport.ProvinceLine p : r.provinces()) {
            rows.add(List.of(provinceLabel(p.province()), n(p.offices()), n(p.releases()), n(p.posts()),
                    n(p.skipped()), n(p.unreported())));
        }
        return rows;
    }

    private Map<String, List<List<String>>> officesByProvince(RegionalReport r) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (RegionalReport.OfficeLine o : r.offices()) {
            out.computeIfAbsent(provinceLabel(o.province()), k -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(words.get("publish.regional.colOffice"), words.get("publish.regional.colReleases"),
                        words.get("publish.regional.colPosts"), words.get("publish.regional.colSkipped"),
                        words.get("publish.regional.colUnreported")));
                return rows;
            }).add(List.of(o.name() + " (" + o.code() + ")", n(o.releases()), n(o.posts()), n(o.skipped()),
                    n(o.unreported())));
        }
        return out;
    }

    private BufferedImage provinceChart(RegionalReport r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = words.get("publish.report.postedSeries");
        List<RegionalReport.ProvinceLine> provinces = r.provinces();
        provinces.forEach(p -> data.addValue(p.posts(), series, provinceLabel(p.province())));
        JFreeChart chart = ChartFactory.createBarChart(words.get("publish.regional.chartProvince"), null, series,
                data, PlotOrientation.HORIZONTAL, false, false, false);
        return ReportRenderer.draw(chart, 1400, Math.max(360, 120 + 44 * provinces.size()));
    }

    private BufferedImage channelChart(RegionalReport r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = words.get("publish.report.postedSeries");
        r.postsByChannel().forEach((channel, count) -> data.addValue(count, series, channel));
        JFreeChart chart = ChartFactory.createBarChart(words.get("publish.report.chartChannel"), null, series, data,
                PlotOrientation.HORIZONTAL, false, false, false);
        return ReportRenderer.draw(chart, 1400, Math.max(360, 120 + 70 * r.postsByChannel().size()));
    }

    private String provinceLabel(String province) {
        return province.isEmpty() ? words.get("publish.regional.noProvince") : province;
    }

    private static Instant endOfMonth(RegionalReport r) {
        return r.month().plusMonths(1).atDay(1).atStartOfDay(r.office().zone()).toInstant();
    }

    private static String n(int value) {
        return IndonesianText.number(value);
    }

    private static void table(StringBuilder h, List<List<String>> rows) {
        h.append("<table class=\"daftar\"><thead><tr>");
        List<String> head = rows.get(0);
        for (int i = 0; i < head.size(); i++) {
            h.append(i == 0 ? "<th>" : "<th class=\"n\">").append(esc(head.get(i))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (List<String> row : rows.subList(1, rows.size())) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(i == 0 ? "<td>" : "<td class=\"n\">").append(esc(row.get(i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Numbers right-aligned under right-aligned heads; a province's heading stays with its table. */
    private static final String CSS = """
            table.daftar td.n, table.daftar th.n { text-align: right; width: 22mm; }
            div.blok { page-break-inside: avoid; }
            h3 { page-break-after: avoid; }
            """;

    private static String esc(String s) {
        return ReportRenderer.esc(s);
    }
}
