package id.humasdesk.logic.search;

/** Characters {@code start} (inclusive) to {@code end} (exclusive) of a snippet matched the query. */
public record MatchRange(int start, int end) {
    public MatchRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
