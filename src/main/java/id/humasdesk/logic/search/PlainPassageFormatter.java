package id.humasdesk.logic.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;

/**
 * Formats the best passage as plain text with match ranges instead of HTML, so the view styles
 * matches itself and user text is never parsed as markup. White space is folded to single spaces;
 * a cut at either end is shown with "…".
 */
final class PlainPassageFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";

    /** The formatted passage and how many different words of the query it contains. */
    record Formatted(Highlight highlight, int distinctMatches) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage p = passages[0];
        int start = p.getStartOffset();
        int end = Math.min(p.getEndOffset(), content.length());
        // Runs of white space (paragraph breaks, the separator between values) become one space;
        // at[i] is where character start+i lands in the snippet, so match offsets can follow.
        StringBuilder text = new StringBuilder(end - start + 2);
        if (start > 0) {
            text.append(ELLIPSIS);
        }
        int[] at = new int[end - start + 1];
        boolean afterSpace = true;
        for (int i = start; i < end; i++) {
            char c = content.charAt(i);
            at[i - start] = text.length();
            if (Character.isWhitespace(c) || c == '\u2029') {
                if (!afterSpace) {
                    text.append(' ');
                }
                afterSpace = true;
            } else {
                text.append(c);
                afterSpace = false;
            }
        }
        if (afterSpace && text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        int limit = text.length();
        at[end - start] = limit;
        if (end < content.length()) {
            text.append(ELLIPSIS);
        }
        List<MatchRange> raw = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        for (int i = 0; i < p.getNumMatches(); i++) {
            int ms = Math.max(start, p.getMatchStarts()[i]);
            int me = Math.min(end, p.getMatchEnds()[i]);
            if (me <= ms) {
                continue;
            }
            int s = Math.min(at[ms - start], limit);
            int e = Math.min(at[me - start], limit);
            if (e > s) {
                raw.add(new MatchRange(s, e));
                BytesRef term = p.getMatchTerms()[i];
                terms.add(term == null ? text.substring(s, e).toLowerCase(Locale.ROOT) : term.utf8ToString());
            }
        }
        raw.sort(Comparator.comparingInt(MatchRange::start));
        List<MatchRange> ranges = new ArrayList<>();
        for (MatchRange r : raw) {
            MatchRange last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && r.start() <= last.end()) {
                ranges.set(ranges.size() - 1, new MatchRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                ranges.add(r);
            }
        }
        return new Formatted(new Highlight(text.toString(), ranges), terms.size());
    }
}
