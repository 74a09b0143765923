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
            "(?i)(?:https?://|www\\.)[^\\s]+|[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+|[#@][\\p{L}\\p{N}_]+"
                    + "|\\b(?:[\\p{L}\\p{N}-]++\\.)+(?:go|co|or|ac|web|my|sch|desa|net)\\.id\\b"
                    + "|\\b(?:[\\p{L}\\p{N}-]++\\.)+(?:com|org|net|id|info|io)\\b");
    // Possessive quantifiers: a word that is not followed by a dot fails at once instead of
    // backtracking through every shorter prefix of itself.
    /**
     * Reporter and editor initials: "(ant/ed)", "(mg1/ono)", "[ayu/ian]" anywhere, a credit with the
     * newsroom's "/red" ("(dosen/red. FOTO KPU/dosen/Hupmas)"), and a lone lower-case tag such as
     * "(humas)" or "(antarafoto)" that closes a paragraph.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "[(\\[][\\p{Ll}\\p{N}*]{1,15}(?:/[\\p{Ll}\\p{N}*-]{1,15})+[)\\]]"
                    + "|\\([^()\\n]{0,40}/red\\.?(?:[ /][^()\\n]{0,40})?\\)"
                    + "|\\([\\p{Ll}\\p{N}*]{2,15}\\)(?=[ \\t.]*(?:\\r?\\n|\\z))");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    private Tokenizer() {
    }

    static List<Token> words(String text) {
        List<int[]> opaque = new ArrayList<>();
        if (mayHoldAddresses(text)) {
            Matcher o = OPAQUE.matcher(text);
            while (o.find()) {
                opaque.add(new int[] {o.start(), o.end()});
            }
        }
        if (text.indexOf('(') >= 0 || text.indexOf('[') >= 0) {
            Matcher b = BYLINE.matcher(text);
            while (b.find()) {
                opaque.add(new int[] {b.start(), b.end()});
            }
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

    /** A cheap test that spares most texts the address pattern, the slowest part of splitting. */
    private static boolean mayHoldAddresses(String text) {
        if (text.indexOf('@') >= 0 || text.indexOf('#') >= 0 || text.contains("://")) {
            return true;
        }
        String lower = Words.lower(text);
        return lower.contains("www.") || lower.contains(".id") || lower.contains(".com") || lower.contains(".org")
                || lower.contains(".net") || lower.contains(".info") || lower.contains(".io");
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
