package id.humasdesk.logic.library;

import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One listing of the library (a filter in an order) that hands out rows by position without ever
 * holding them all: the library table asks for the page it shows. Counted once when opened.
 *
 * <p>Number, headline and time of change are ordered by the database through an index. Status,
 * type and author have a handful of values: the listing counts the rows of each value, puts the
 * values in order (status in workflow order, type and author by their shown name) and reads a
 * position as "the k-th row of that value, newest change first", again through an index.
 */
public final class LibraryListing {
    private final LibraryRepository repository;
    private final LibraryFilter filter;
    private final LibraryOrder order;
    private final Map<ReleaseStatus, Integer> byStatus;
    /** The values of a grouped order, in order, with their counts; empty for an indexed order. */
    private final List<Group> groups;
    private final int size;

    private record Group(LibraryFilter filter, int count) {
    }

    private LibraryListing(LibraryRepository repository, LibraryFilter filter, LibraryOrder order,
            Map<ReleaseStatus, Integer> byStatus, List<Group> groups) {
        this.repository = repository;
        this.filter = filter;
        this.order = order;
        this.byStatus = byStatus;
        this.groups = groups;
        this.size = byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Counts the filter's rows (per status, and per value of a grouped order). {@code typeLabel}
     * names a type as the user sees it, so types sort by their shown name.
     */
    public static LibraryListing open(LibraryRepository repository, LibraryFilter filter, LibraryOrder order,
            Function<ReleaseType, String> typeLabel) {
        return open(repository, filter, order, typeLabel, null);
    }

    /**
     * As above; {@code counted}, when not null, is a listing of the same filter whose per-status
     * counts still hold (the user only changed the sort), so they are not counted again.
     */
    public static LibraryListing open(LibraryRepository repository, LibraryFilter filter, LibraryOrder order,
            Function<ReleaseType, String> typeLabel, LibraryListing counted) {
        LibraryFilter f = new LibraryFilter(filter.status(), filter.type(), filter.authorId(), "", filter.trash());
        Map<ReleaseStatus, Integer> byStatus = new EnumMap<>(ReleaseStatus.class);
        byStatus.putAll(counted != null && counted.filter.equals(f) ? counted.byStatus : repository.countByStatus(f));
        List<Group> groups = new ArrayList<>();
        Collator collator = Collator.getInstance();
        switch (order.column()) {
            case STATUS -> byStatus.forEach((s, n) -> groups.add(
                    new Group(new LibraryFilter(s, f.type(), f.authorId(), "", f.trash()), n)));
            case TYPE -> repository.countByType(f).entrySet().stream()
                    .sorted(Comparator.comparing(e -> typeLabel.apply(e.getKey()), collator))
                    .forEach(e -> groups.add(new Group(
                            new LibraryFilter(f.status(), e.getKey(), f.authorId(), "", f.trash()), e.getValue())));
            case AUTHOR -> {
                Map<UUID, String> names = repository.authorNames();
                repository.countByAuthor(f).entrySet().stream()
                        .sorted(Comparator.comparing(e -> names.getOrDefault(e.getKey(), "?"), collator))
                        .forEach(e -> groups.add(new Group(
                                new LibraryFilter(f.status(), f.type(), e.getKey(), "", f.trash()), e.getValue())));
            }
            default -> {
            }
        }
        if (!order.ascending()) {
            Collections.reverse(groups);
        }
        return new LibraryListing(repository, f, order, byStatus, List.copyOf(groups));
    }

    public int size() {
        return size;
    }

    /** Rows of this listing per status. */
    public Map<ReleaseStatus, Integer> countByStatus() {
        return Collections.unmodifiableMap(byStatus);
    }

    public LibraryFilter filter() {
        return filter;
    }

    public LibraryOrder order() {
        return order;
    }

    /** The rows at positions {@code offset} to {@code offset + limit - 1} (fewer at the end). */
    public List<ReleaseSummary> rows(int offset, int limit) {
        return rows(offset, limit, null);
    }

    /**
     * As {@link #rows(int, int)}; {@code before}, when known, is the row at {@code offset - 1}: the
     * read then starts at that row in the index instead of counting {@code offset} entries, which
     * keeps scrolling on as fast deep in the list as at its top.
     */
    public List<ReleaseSummary> rows(int offset, int limit, ReleaseSummary before) {
        if (offset < 0 || limit <= 0 || offset >= size) {
            return List.of();
        }
        if (order.column().indexed()) {
            return before == null ? repository.window(filter, order, offset, limit)
                    : repository.windowAfter(filter, order, before, limit);
        }
        List<ReleaseSummary> out = new ArrayList<>(limit);
        int skip = offset;
        for (Group g : groups) {
            if (out.size() >= limit) {
                break;
            }
            if (skip >= g.count()) {
                skip -= g.count();
                continue;
            }
            boolean continues = before != null && skip > 0 && inGroup(before, g.filter());
            out.addAll(continues
                    ? repository.windowAfter(g.filter(), LibraryOrder.NEWEST_FIRST, before, limit - out.size())
                    : repository.window(g.filter(), LibraryOrder.NEWEST_FIRST, skip, limit - out.size()));
            skip = 0;
        }
        return out;
    }

    private static boolean inGroup(ReleaseSummary row, LibraryFilter group) {
        return (group.status() == null || group.status() == row.status())
                && (group.type() == null || group.type() == row.type())
                && (group.authorId() == null || group.authorId().equals(row.authorId()));
    }
}
