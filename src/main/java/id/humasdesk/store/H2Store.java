package id.humasdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;

/**
 * Everything specific to the embedded H2 file store: the URL flags that give the durability
 * guarantee, syncing, shutting down without compaction, the integrity check, online backup and
 * offline compaction. See decision note 0017.
 */
final class H2Store {
    /** The H2 file of a database path given without suffix. */
    static final String SUFFIX = ".mv.db";

    private H2Store() {
    }

    /**
     * {@code WRITE_DELAY=0}: a commit writes its chunk before it returns, so it survives a process
     * kill. {@code MAX_COMPACT_TIME=0}: closing does not move chunks around (a kill while closing
     * then cannot tear the store). Compaction only happens offline, on request ({@link #compact}).
     */
    static String url(Path database) {
        // Tests of crash safety set a retention of 0 so that H2 reuses free space at once instead of
        // after 45 s, which is when the loss of decision note 0017 used to show.
        String retention = System.getProperty("humasdesk.h2.retentionMs");
        return "jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0"
                + (retention == null ? "" : ";RETENTION_TIME=" + Integer.parseInt(retention));
    }

    static Path file(Path database) {
        return database.resolveSibling(database.getFileName() + SUFFIX);
    }

    /**
     * Makes the store append every chunk at the end of the file instead of reusing free space in
     * the middle. With reuse, H2 2.5.252 can place a chunk in a gap that the file header does not
     * point to yet; after a kill, the store reopens at the older chunk and every commit written
     * since is gone (decision note 0017). Must run before the first write of the process.
     */
    static void appendOnly(Connection c) throws SQLException {
        store(c).setReuseSpace(false);
    }

    static boolean reusesSpace(Connection c) throws SQLException {
        return store(c).isSpaceReused();
    }

    private static MVStore store(Connection c) throws SQLException {
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }

    /** Forces what has been written down to the disk (bounds what a power cut can lose). */
    static void sync(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    /** Closes the database without compacting it. */
    static void shutdown(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    /** A consistent online copy of the whole database as a zip (H2's {@code BACKUP TO}). */
    static void backupTo(Connection c, Path zip) throws SQLException {
        try (var ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, zip.toString());
            ps.execute();
        }
    }

    /** The name of the database file inside a {@link #backupTo} zip. */
    static String entryName(Path database) {
        return database.getFileName() + SUFFIX;
    }

    /**
     * Rewrites the store into a fresh file holding only live data, then renames it over the old one
     * (H2's offline compaction: a kill leaves either the old or the new file, never a mix). The
     * database must be closed.
     */
    static void compact(Path database) {
        Path f = file(database);
        if (Files.exists(f)) {
            MVStoreTool.compact(f.toString(), false);
        }
    }

    /** Leftovers of a compaction that was killed (its temp file); the old file is still whole. */
    static void cleanUpCompaction(Path database) {
        MVStoreTool.compactCleanUp(file(database).toString());
    }

    /**
     * With {@code full}, reads every row of every table once: opening alone succeeds on a store
     * whose chunks lost pages, reading is what finds them ("Chunk n not found"); row counts kept
     * by the primary index are compared with what the scan saw. Without, only the counts are read
     * (the catalogue and every table's root page).
     */
    static long[] checkIntegrity(Connection c, boolean full) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        long rows = 0;
        for (String t : tables) {
            String q = "\"" + t.replace("\"", "\"\"") + "\"";
            long counted;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + q)) {
                rs.next();
                counted = rs.getLong(1);
            }
            if (!full) {
                continue;
            }
            long scanned = 0;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM " + q)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    scanned++;
                }
            }
            if (counted != scanned) {
                throw new SQLException("Table " + t + " counts " + counted + " rows but " + scanned + " were read");
            }
            rows += scanned;
        }
        return new long[] {tables.size(), rows};
    }

    /** The files of one database (the store and H2's trace and lock files). */
    static List<Path> files(Path database) throws IOException {
        Path dir = database.getParent();
        String prefix = database.getFileName().toString() + ".";
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().forEach(out::add);
        }
        return out;
    }
}
