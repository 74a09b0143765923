package id.humasdesk.logic.publish;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Narasumber;
import java.util.function.Function;

/**
 * The release as semantic HTML: a fragment for the office website (no inline styles, photos
 * referenced by file name with their captions), and the same article inside the letterhead page
 * that the PDF renderer lays out.
 */
public final class HtmlRenderer {
    private HtmlRenderer() {
    }

    /** The website fragment: one {@code <article>}, photos as {@code foto/<file>}. */
    public static String fragment(ReleaseSheet s, Messages words) {
        return article(s, words, p -> p.file() == null ? "" : "foto/" + p.file().getFileName(), false);
    }

    /**
     * The article markup (XHTML-safe). {@code imageSource} gives each photo's src; {@code forPrint}
     * adds the signature block where the type needs one.
     */
    static String article(ReleaseSheet s, Messages words, Function<ReleaseSheet.SheetPhoto, String> imageSource,
            boolean forPrint) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<article class=\"rilis\" lang=\"id\" data-release=\"").append(s.releaseId()).append("\">\n");
        h.append("<header>\n<p class=\"jenis\">").append(esc(s.typeLabel())).append("</p>\n");
        if (!s.numberLine().isEmpty()) {
            h.append("<p class=\"nomor\">").append(esc(s.numberLine())).append("</p>\n");
        }
        h.append("<h1>").append(esc(s.headline())).append("</h1>\n");
        if (!s.subheadline().isEmpty()) {
            h.append("<p class=\"subjudul\">").append(esc(s.subheadline())).append("</p>\n");
        }
        h.append("<p class=\"tanggal\"><time datetime=\"").append(s.day()).append("\">").append(esc(s.dateText()))
                .append("</time></p>\n</header>\n");
        h.append("<p class=\"teras\"><span class=\"dateline\">").append(esc(s.dateline())).append("</span> ")
                .append(esc(s.lead())).append("</p>\n");
        for (ReleaseSheet.Block b : s.body()) {
            if (b.quote()) {
                h.append("<blockquote><p>").append(esc(b.text())).append("</p></blockquote>\n");
            } else {
                h.append("<p>").append(esc(b.text())).append("</p>\n");
            }
        }
        if (!s.photos().isEmpty()) {
            h.append("<section class=\"foto\">\n");
            for (ReleaseSheet.SheetPhoto p : s.photos()) {
                String src = imageSource.apply(p);
                h.append("<figure>");
                if (!src.isEmpty()) {
                    h.append("<img src=\"").append(esc(src)).append("\" alt=\"").append(esc(p.caption())).append("\"/>");
                }
                h.append("<figcaption>").append(esc(p.caption()));
                if (!p.credit().isEmpty()) {
                    h.append(" <small>").append(esc(words.get("publish.doc.photoCredit", p.credit()))).append("</small>");
                }
                h.append("</figcaption></figure>\n");
            }
            h.append("</section>\n");
        }
        if (!s.narasumber().isEmpty()) {
            h.append("<aside class=\"narasumber\">\n<h2>").append(esc(words.get("publish.doc.narasumber")))
                    .append("</h2>\n<ul>\n");
            for (Narasumber n : s.narasumber()) {
                h.append("<li><strong>").append(esc(n.name())).append("</strong>");
                if (!n.title().isEmpty()) {
                    h.append(", ").append(esc(n.title()));
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n</aside>\n");
        }
        h.append("<footer>\n");
        if (!s.contact().isEmpty()) {
            h.append("<p class=\"narahubung\">").append(esc(s.contact())).append("</p>\n");
        }
        if (!s.closing().isEmpty()) {
            h.append("<p class=\"penutup\">").append(esc(s.closing())).append("</p>\n");
        }
        if (!s.postedUrl().isEmpty() && !forPrint) {
            h.append("<p class=\"tautan\"><a href=\"").append(esc(s.postedUrl())).append("\">")
                    .append(esc(s.postedUrl())).append("</a></p>\n");
        }
        h.append("</footer>\n");
        if (forPrint && s.signed()) {
            h.append(signature(s, words));
        }
        h.append("</article>\n");
        return h.toString();
    }

    private static String signature(ReleaseSheet s, Messages words) {
        StringBuilder h = new StringBuilder("<div class=\"ttd\">\n");
        h.append("<p>").append(esc(s.signPlaceDate())).append("</p>\n");
        h.append("<p>").append(esc(s.identity().headTitle())).append(",</p>\n");
        if (s.signature() != null) {
            h.append("<img class=\"ttd-gambar\" src=\"").append(PdfRenderer.dataUri(s.signature(), 600))
                    .append("\" alt=\"\"/>\n");
        } else {
            h.append("<div class=\"ttd-ruang\"></div>\n");
        }
        String name = s.identity().headName().isEmpty() ? words.get("publish.doc.headNameMissing")
                : s.identity().headName();
        h.append("<p class=\"ttd-nama\">").append(esc(name)).append("</p>\n</div>\n");
        return h.toString();
    }

    /** The plain-text form put on the clipboard beside the HTML. */
    public static String plainText(ReleaseSheet s, Messages words) {
        StringBuilder t = new StringBuilder();
        t.append(s.headline()).append("\n");
        if (!s.subheadline().isEmpty()) {
            t.append(s.subheadline()).append("\n");
        }
        t.append("\n").append(s.dateline()).append(' ').append(s.lead()).append("\n\n");
        for (ReleaseSheet.Block b : s.body()) {
            t.append(b.text()).append("\n\n");
        }
        for (ReleaseSheet.SheetPhoto p : s.photos()) {
            t.append("[").append(p.caption());
            if (!p.credit().isEmpty()) {
                t.append(" \u2013 ").append(words.get("publish.doc.photoCredit", p.credit()));
            }
            t.append("]\n");
        }
        if (!s.contact().isEmpty()) {
            t.append("\n").append(s.contact()).append("\n");
        }
        if (!s.closing().isEmpty()) {
            t.append(s.closing()).append("\n");
        }
        return t.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
