package id.humasdesk.logic.draft;

import id.humasdesk.model.Dateline;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.ReleaseContent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a release typed in a word processor or chat into fields: first line headline, then a
 * dateline ("Kaur, Bawaslu Kabupaten Kaur – ..."), paragraphs, a numbered narasumber list and the
 * closing signature. Real texts have broken lines and stray characters; those are tolerated.
 */
public final class TextImporter {
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[\\p{L}][\\p{L} .'/]{1,40}?)\\s*,\\s*(?<mid>[^–—\\-]{0,90}?)\\s*[–—\\-]+\\s*(?<rest>\\S.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final Pattern ITEM = Pattern.compile("^\\s*(\\d{1,2})[.)]\\s+(.+)$");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    public ReleaseContent parse(String text, LocalDate defaultDate) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(String::strip).filter(l -> HAS_LETTER.matcher(l).find()).toList();
        if (lines.isEmpty()) {
            return ReleaseContent.empty();
        }
        String headline = lines.get(0);
        int end = lines.size();
        String closing = "";
        String last = lines.get(end - 1);
        if (end > 1 && last.toLowerCase(Locale.ROOT).startsWith("tim humas")) {
            closing = last;
            end--;
        }
        String place = "";
        LocalDate date = defaultDate;
        List<String> paragraphs = new ArrayList<>();
        List<Narasumber> sources = new ArrayList<>();
        boolean inList = false;
        for (int i = 1; i < end; i++) {
            String line = lines.get(i);
            if (i == 1) {
                Matcher d = DATELINE.matcher(line);
                if (d.matches()) {
                    place = d.group("place").strip();
                    date = parseDate(d.group("mid")).orElse(defaultDate);
                    line = d.group("rest");
                }
            }
            Matcher item = ITEM.matcher(line);
            if (isListIntro(line)) {
                inList = true;
                continue;
            }
            if (inList && item.matches()) {
                sources.add(parseSource(item.group(2)));
                continue;
            }
            if (inList && !sources.isEmpty() && isContinuation(line)) {
                Narasumber prev = sources.remove(sources.size() - 1);
                sources.add(appendToTopic(prev, line));
                continue;
            }
            inList = false;
            paragraphs.add(line);
        }
        String lead = paragraphs.isEmpty() ? "" : paragraphs.remove(0);
        return new ReleaseContent(headline, "", place, date, lead, paragraphs, sources, List.of(), "", "", "",
                closing, List.of());
    }

    private static boolean isListIntro(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("narasumber") && l.endsWith(":") && line.length() < 120;
    }

    /** A broken line of a list item starts lower-case or is too short to be a paragraph. */
    private static boolean isContinuation(String line) {
        return Character.isLowerCase(line.codePointAt(0)) || line.split("\\s+").length < 8;
    }

    private static Narasumber parseSource(String item) {
        String text = item.strip();
        String topic = "";
        int at = indexOfWord(text, "terkait");
        if (at >= 0) {
            topic = text.substring(at + "terkait".length()).strip();
            text = text.substring(0, at).strip();
        }
        String title = "";
        Matcher paren = Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)\\s*$").matcher(text);
        int dari = indexOfWord(text, "dari");
        if (paren.matches()) {
            title = paren.group(2).strip();
            text = paren.group(1).strip();
        } else if (dari > 0) {
            title = text.substring(dari + "dari".length()).strip();
            text = text.substring(0, dari).strip();
        }
        return new Narasumber(text, title, cleanTopic(topic));
    }

    private static Narasumber appendToTopic(Narasumber n, String more) {
        return new Narasumber(n.name(), n.title(), cleanTopic(stripEnd(n.topic()) + " " + more));
    }

    private static String cleanTopic(String topic) {
        String t = topic.strip();
        if (t.startsWith("(")) {
            t = t.substring(1);
        }
        t = stripEnd(t);
        return t.replace("(", "").replace(")", "").strip();
    }

    private static String stripEnd(String t) {
        String s = t.strip();
        while (s.endsWith(".") || s.endsWith(")")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static int indexOfWord(String text, String word) {
        Matcher m = Pattern.compile("\\s" + word + "\\s", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.start() + 1 : -1;
    }

    private static java.util.Optional<LocalDate> parseDate(String s) {
        Matcher m = DATE.matcher(s);
        if (m.find()) {
            int month = Dateline.monthOf(m.group(2));
            if (month > 0) {
                try {
                    return java.util.Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month,
                            Integer.parseInt(m.group(1))));
                } catch (java.time.DateTimeException e) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
    }
}
