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
     * The rows at positions {@code offset} to {@code offset + limit - 1} of the filter's rows in this
     * order, read through an index so a page deep in 100,000 rows costs about what the first does.
     * Only {@linkplain LibraryOrder.Column#indexed() indexed} columns; ties newest change first. The
     * filter's text is not used here (text goes through the search index).
     */
    List<ReleaseSummary> window(LibraryFilter filter, LibraryOrder order, int offset, int limit);

    /**
     * The {@code limit} rows that follow {@code after} in this order (keyset: the index is entered at
     * that row, so reading on while scrolling costs the same at row 90,000 as at row 100).
     */
    List<ReleaseSummary> windowAfter(LibraryFilter filter, LibraryOrder order, ReleaseSummary after, int limit);

    /** Rows per status, per type and per author among the filter's rows (its text is not used). */
    Map<ReleaseStatus, Integer> countByStatus(LibraryFilter filter);

    Map<id.humasdesk.model.ReleaseType, Integer> countByType(LibraryFilter filter);

    Map<UUID, Integer> countByAuthor(LibraryFilter filter);

    /** Every user's display name, by id (a few dozen at most). */
    Map<UUID, String> authorNames();

    /**
     * The rows of these releases that match the filter's status, type, author and trash choice (its
     * text is ignored), in no particular order. Search uses it to turn ranked ids into rows with
     * the database's current state.
     */
    List<ReleaseSummary> summaries(LibraryFilter filter, Collection<UUID> ids);
}
