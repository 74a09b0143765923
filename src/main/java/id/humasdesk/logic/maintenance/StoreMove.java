package id.humasdesk.logic.maintenance;

import java.util.List;

/**
 * Moves the office of this data directory's embedded database to an empty office database server
 * (decision note 0613). The original is only read; the target is filled in one transaction, then
 * every table is counted and checksummed on both sides.
 */
public interface StoreMove {
    /** The server to fill: JDBC URL, user and password (the password never comes from the command line). */
    record Destination(String url, String user, String password) {
        @Override
        public String toString() {
            return "Destination[" + url + ", user=" + user + "]";
        }
    }

    /** What the copy reports while it runs; called on the copying thread. */
    interface Progress {
        /** {@code done} of {@code total} rows of {@code table} are copied. */
        void copied(String table, long done, long total);

        /** {@code table} holds the same rows on both sides (count and content checksum). */
        void verified(String table, long rows, String checksum);
    }

    /** One table after the copy: its rows and the content checksum both sides agree on. */
    record TableCheck(String table, long rows, String checksum) {
    }

    /** The finished copy: every table checked, the photo files left in the data directory, and the time it took. */
    record Result(List<TableCheck> tables, long totalRows, int photoFiles, long millis) {
    }

    /** Copies everything; refuses a target that is not empty, and a source from an older or newer version. */
    Result copyTo(Destination destination, Progress progress);
}
