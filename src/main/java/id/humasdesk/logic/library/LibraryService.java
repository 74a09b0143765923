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
        return repository.countByStatus();
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
