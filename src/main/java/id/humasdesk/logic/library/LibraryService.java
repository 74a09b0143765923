package id.humasdesk.logic.library;

import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Loads the library in chunks so the first rows show at once and the rest stream in. */
public final class LibraryService {
    private final LibraryRepository repository;

    public LibraryService(LibraryRepository repository) {
        this.repository = repository;
    }

    public List<ReleaseSummary> firstPage(LibraryFilter filter, int limit) {
        return repository.page(filter, null, limit);
    }

    public int count(LibraryFilter filter) {
        return repository.count(filter);
    }

    public Map<ReleaseStatus, Integer> countByStatus() {
        return repository.countByStatus(LibraryFilter.ALL);
    }

    /**
     * A listing of the filter's rows in this order, counted now and read page by page (the text of
     * the filter is not used: text goes through the search index).
     */
    public LibraryListing listing(LibraryFilter filter, LibraryOrder order,
            java.util.function.Function<id.humasdesk.model.ReleaseType, String> typeLabel) {
        return LibraryListing.open(repository, filter, order, typeLabel);
    }

    /** The same filter in another order: the counts of {@code counted} are used again. */
    public LibraryListing reorder(LibraryListing counted, LibraryOrder order,
            java.util.function.Function<id.humasdesk.model.ReleaseType, String> typeLabel) {
        return LibraryListing.open(repository, counted.filter(), order, typeLabel, counted);
    }

    /** The people with releases in the library (or in the trash), by id, with their names. */
    public Map<java.util.UUID, String> authors(boolean trash) {
        Map<java.util.UUID, String> names = repository.authorNames();
        Map<java.util.UUID, String> out = new java.util.HashMap<>();
        for (java.util.UUID id : repository.countByAuthor(new LibraryFilter(null, null, null, "", trash)).keySet()) {
            out.put(id, names.getOrDefault(id, "?"));
        }
        return out;
    }

    /**
     * Streams every matching row in chunks: a small first chunk for a quick first paint, then
     * larger ones. Stops early when {@code cancelled} says so (the user typed again).
     */
    public void stream(LibraryFilter filter, int firstChunk, int chunk, BooleanSupplier cancelled,
            Consumer<List<ReleaseSummary>> sink) {
        ReleaseSummary last = null;
        int size = firstChunk;
        while (!cancelled.getAsBoolean()) {
            List<ReleaseSummary> rows = repository.page(filter, last, size);
            if (!rows.isEmpty()) {
                sink.accept(rows);
            }
            if (rows.size() < size) {
                return;
            }
            last = rows.get(rows.size() - 1);
            size = chunk;
        }
    }
}
