package id.humasdesk.logic.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraphs as the small XHTML fragment of a ninjs rich-text body, and back. */
final class Xhtml {
    private static final Pattern P = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

    private Xhtml() {
    }

    static String paragraphs(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            sb.append("<p>").append(escape(p)).append("</p>");
        }
        return sb.toString();
    }

    static List<String> parse(String xhtml) {
        List<String> out = new ArrayList<>();
        Matcher m = P.matcher(xhtml == null ? "" : xhtml);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
