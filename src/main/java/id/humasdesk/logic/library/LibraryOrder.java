package id.humasdesk.logic.library;

/**
 * How the library is ordered: one column and a direction (the table's primary sort column). Ties
 * and the rows inside a status, type or author are newest change first.
 */
public record LibraryOrder(Column column, boolean ascending) {
    public static final LibraryOrder NEWEST_FIRST = new LibraryOrder(Column.CHANGED, false);

    /** The columns a user can sort by. */
    public enum Column {
        CHANGED, NUMBER, HEADLINE, STATUS, TYPE, AUTHOR;

        /**
         * Ordered by the database through an index; the others have a handful of values and are
         * walked group by group (see {@link LibraryListing}).
         */
        public boolean indexed() {
            return this == CHANGED || this == NUMBER || this == HEADLINE;
        }
    }

    public LibraryOrder {
        java.util.Objects.requireNonNull(column, "column");
    }
}
