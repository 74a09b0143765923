package id.humasdesk.logic.search;

import id.humasdesk.model.ReleaseSummary;
import java.util.List;

/**
 * Library rows for a search, best match first, and how many releases matched in all ({@code
 * rows} holds at most the requested number).
 */
public record SearchResult(List<ReleaseSummary> rows, int totalHits) {
    public SearchResult {
        rows = List.copyOf(rows);
    }
}
