package id.humasdesk.gui.library;

import id.humasdesk.gui.common.ScreenTasks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;

/**
 * The items of the library table: as many as the listing has rows, but only a few pages of them
 * in memory. {@link #get(int)} answers {@code null} for a row whose page is not here yet and asks
 * for that page in the background; when it arrives, a change for its positions makes the table
 * draw it. The pages asked for last win: when the scroll bar is dragged through 100,000 rows, the
 * pages passed on the way are never read. The least recently used page is dropped beyond
 * {@link #maxPages} (decision note 0404).
 *
 * <p>Read-only for the table: it never sorts these items itself; the view's sort policy asks the
 * view model for a new listing instead.
 */
final class PagedRows<T> extends ObservableListBase<T> {
    /**
     * Reads {@code limit} rows from position {@code offset} of the current listing (off the FX
     * thread); {@code before} is the row at {@code offset - 1} when it is in memory, else null.
     */
    interface Source<T> {
        List<T> rows(int offset, int limit, T before) throws Exception;
    }

    private final ScreenTasks tasks;
    private final int pageSize;
    private final int maxPages;
    /** Loaded pages by number, least recently used first. */
    private final LinkedHashMap<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true);
    /** Pages asked for and not loaded yet, latest last; bounded so old requests fall away. */
    private final Deque<Integer> wanted = new ArrayDeque<>();
    private Source<T> source;
    private int size;
    /** Changes with every new listing, so a page read for an older one is thrown away. */
    private long generation;
    private boolean reading;
    /** A read of this listing failed: no more reads (and error messages) until the next listing. */
    private boolean failed;
    private int pagesRead;

    /** @param tasks the screen's tasks: a failed read is logged and told by them, pages stop when it closes */
    PagedRows(ScreenTasks tasks, int pageSize, int maxPages) {
        this.tasks = tasks;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    /**
     * Shows a new listing of {@code size} rows, with its first page if already read (may be empty).
     * Everything held for the old one is dropped.
     */
    void reset(int newSize, Source<T> newSource, List<T> firstPage) {
        int old = size;
        generation++;
        failed = false;
        pages.clear();
        wanted.clear();
        source = newSource;
        size = newSize;
        if (!firstPage.isEmpty() && newSize > 0) {
            pages.put(0, List.copyOf(firstPage.subList(0, Math.min(firstPage.size(), Math.min(pageSize, newSize)))));
        }
        if (old == 0 && newSize == 0) {
            return;
        }
        beginChange();
        nextReplace(0, newSize, Collections.nCopies(old, null));
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            want(page);
            // a same-thread executor (tests) has read it by now
            rows = pages.get(page);
        } else {
            // near either end of a page: read the neighbour before it scrolls into view
            int at = index % pageSize;
            int next = at >= pageSize - pageSize / 4 ? page + 1 : at < pageSize / 4 ? page - 1 : -1;
            if (next >= 0 && next < pageCount() && !pages.containsKey(next)) {
                want(next);
            }
        }
        int at = index % pageSize;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    /** Only the rows in memory are searched: a row that is not here has no index yet. */
    @Override
    public int indexOf(Object o) {
        for (Map.Entry<Integer, List<T>> e : pages.entrySet()) {
            int i = e.getValue().indexOf(o);
            if (i >= 0) {
                return e.getKey() * pageSize + i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    /** Rows in memory now (never more than {@code maxPages × pageSize}). */
    int held() {
        return pages.values().stream().mapToInt(List::size).sum();
    }

    /** Pages read from the database since this list was made. */
    int pagesRead() {
        return pagesRead;
    }

    private int pageCount() {
        return (size + pageSize - 1) / pageSize;
    }

    private void want(int page) {
        if (source == null || failed) {
            return;
        }
        wanted.remove(page);
        wanted.addLast(page);
        while (wanted.size() > maxPages) {
            wanted.removeFirst();
        }
        readNext();
    }

    /** One read at a time, the latest wish first. */
    private void readNext() {
        if (reading || wanted.isEmpty()) {
            return;
        }
        int page = wanted.removeLast();
        if (pages.containsKey(page)) {
            readNext();
            return;
        }
        reading = true;
        long gen = generation;
        Source<T> from = source;
        List<T> previous = page > 0 ? pages.get(page - 1) : null;
        T before = previous == null || previous.size() < pageSize ? null : previous.get(pageSize - 1);
        tasks.task(() -> from.rows(page * pageSize, pageSize, before)).onSuccess(rows -> {
            reading = false;
            if (gen == generation) {
                pagesRead++;
                loaded(page, rows);
            }
            readNext();
        }).onFailure(failure -> {
            reading = false;
            if (gen == generation) {
                wanted.clear();
                failed = true;
            }
        }).start();
    }

    private void loaded(int page, List<T> rows) {
        pages.put(page, List.copyOf(rows));
        while (pages.size() > maxPages) {
            // the least recently used page; its positions read again when they come back into view
            Integer eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
        }
        int from = page * pageSize;
        int to = Math.min(size, from + pageSize);
        if (from >= to) {
            return;
        }
        List<T> was = new ArrayList<>(Collections.nCopies(to - from, null));
        beginChange();
        nextReplace(from, to, was);
        endChange();
    }
}
