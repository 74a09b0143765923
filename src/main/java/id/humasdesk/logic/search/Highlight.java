package id.humasdesk.logic.search;

import java.util.List;

/**
 * Plain text with the parts that matched the query, for the view to style as it likes. The text
 * starts or ends with "…" where it was cut out of a longer field; ranges count those characters.
 */
public record Highlight(String text, List<MatchRange> matches) {
    public Highlight {
        matches = List.copyOf(matches);
        for (MatchRange m : matches) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("range beyond text: " + m);
            }
        }
    }

    public boolean hasMatches() {
        return !matches.isEmpty();
    }

    /** The matched parts as written, for tests and logs. */
    public List<String> matchedWords() {
        return matches.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }
}
