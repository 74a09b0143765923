package id.humasdesk.logic.search;

import java.util.List;
import java.util.UUID;

/** The best matches, best first, and how many releases matched in all. */
public record RankedIds(List<UUID> ids, int totalHits) {
    public RankedIds {
        ids = List.copyOf(ids);
    }
}
