package id.humasdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the words a checker looks at. Web addresses and domain names, e-mail addresses,
 * hashtags, mentions, bylines with reporter initials and anything with a digit (dates, numbers, codes such as "26-28" or "V3") are left
 * out, because no dictionary can judge them.
 */
final class Tokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern OPAQUE = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[#@][\\p{L}\\p{N}_]+"
                    + "|\\b(?:[\\p{L}\\p{N}-]+\\.)+(?:go|co|or|ac|web|my|sch|desa|net)\\.id\\b"
                    + "|\\b(?:[\\p{L}\\p{N}-]+\\.)+(?:com|org|net|id|info|io)\\b");
    /**
     * Reporter and editor initials: "(ant/ed)", "(mg1/ono)" anywhere, and a lone lower-case tag such
     * as "(humas)" or "(antarafoto)" that closes a paragraph.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "\\([\\p{Ll}\\p{N}*]{1,15}(?:/[\\p{Ll}\\p{N}*-]{1,15})+\\)"
                    + "|\\([\\p{Ll}\\p{N}*]{2,15}\\)(?=[ \\t.]*(?:\\r?\\n|\\z))");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    private Tokenizer() {
    }

    static List<Token> words(String text) {
        List<int[]> opaque = new ArrayList<>();
        Matcher o = OPAQUE.matcher(text);
        while (o.find()) {
            opaque.add(new int[] {o.start(), o.end()});
        }
        Matcher b = BYLINE.matcher(text);
        while (b.find()) {
            opaque.add(new int[] {b.start(), b.end()});
        }
        opaque.sort(java.util.Comparator.comparingInt(r -> r[0]));
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        int skipIdx = 0;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (skipIdx < opaque.size() && opaque.get(skipIdx)[1] <= s) {
                skipIdx++;
            }
            boolean inOpaque = skipIdx < opaque.size() && opaque.get(skipIdx)[0] < e;
            boolean start = previousEnd < 0 || endsSentence(text, previousEnd, s);
            previousEnd = e;
            if (inOpaque || DIGIT.matcher(m.group()).find()) {
                continue;
            }
            out.add(new Token(m.group(), s, e, start));
        }
        return out;
    }

    /** Whether the characters between two words close a sentence, a line or a list item. */
    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /** Only blanks (no punctuation, no line break) between the two positions. */
    static boolean onlySpaces(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
