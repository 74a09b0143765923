package id.humasdesk.logic.search;

/**
 * Where the search index stands. Until it is {@link State#READY} the library filters with the
 * database's plain text match; {@code done} of {@code total} releases tell the progress of a rebuild.
 */
public record SearchStatus(State state, int done, int total) {
    public enum State {
        /** Opening and checking the index on disk. */
        STARTING,
        /** Building the index from the database (missing, unreadable or made by another version). */
        REBUILDING,
        /** Applying changes made while the index was closed. */
        CATCHING_UP,
        READY,
        /** The index cannot be written (disk full, ...); retried later, the library still filters. */
        FAILED,
        CLOSED
    }

    public static SearchStatus of(State state) {
        return new SearchStatus(state, 0, 0);
    }

    public boolean isReady() {
        return state == State.READY;
    }

    /** 0..1 while rebuilding, 1 when ready, -1 when unknown. */
    public double progress() {
        if (state == State.READY) {
            return 1;
        }
        return total > 0 ? Math.min(1.0, done / (double) total) : -1;
    }
}
