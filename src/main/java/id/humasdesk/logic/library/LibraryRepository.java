package id.humasdesk.logic.library;

import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read side of the library: summaries without the full text, newest change first. */
public interface LibraryRepository {
    /**
     * Rows matching the filter, newest change first, starting after {@code after} (null: from the
     * top), at most {@code limit}. Keyset paging keeps the 1,000th page as fast as the first.
     */
    List<ReleaseSummary> page(LibraryFilter filter, ReleaseSummary after, int limit);

    int count(LibraryFilter filter);

    /**
     * The rows of these releases that match the filter's status, type, author and trash choice (its
     * text is ignored), in no particular order. Search uses it to turn ranked ids into rows with
     * the database's current state.
     */
    List<ReleaseSummary> summaries(LibraryFilter filter, Collection<UUID> ids);

    Map<ReleaseStatus, Integer> countByStatus();
}
