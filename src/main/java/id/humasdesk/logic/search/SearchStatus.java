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

    /**
     * The message key of a status line for the library ({@code Messages.get(key, percent())}), or
     * null when there is nothing to say because search is ready or closed.
     */
    public String messageKey() {
        return switch (state) {
            case STARTING -> "search.status.starting";
            case REBUILDING -> "search.status.rebuilding";
            case CATCHING_UP -> "search.status.catchingUp";
            case FAILED -> "search.status.failed";
            case READY, CLOSED -> null;
        };
    }

    /** Whole percent done, 0..100 (0 while unknown). */
    public int percent() {
        double p = progress();
        return p < 0 ? 0 : (int) Math.floor(p * 100);
    }

    /** 0..1 while rebuilding, 1 when ready, -1 when unknown. */
    public double progress() {
        if (state == State.READY) {
            return 1;
        }
        return total > 0 ? Math.min(1.0, done / (double) total) : -1;
    }
}
