package id.humasdesk.store;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;

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
        return session(c).getDatabase().getStore().getMvStore();
    }

    private static SessionLocal session(Connection c) throws SQLException {
        return (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    }

    /**
     * Finishes the commits that a kill interrupted. H2 marks a transaction committed in its undo log
     * first, then turns its entries into committed ones one by one, then clears the undo log. A chunk
     * written in between (H2 stores one itself once enough unsaved changes pile up, which a large
     * transaction always does) holds the commit mark with part of the entries still uncommitted.
     * H2 2.5.252 sees such a transaction at open with status COMMITTED but never finishes it:
     * {@code Transaction.commit()} only does the work for a transaction that is still active, and
     * COMMITTED does not count as active, so the entries written after that chunk stay invisible
     * and the undo log stays for good (decision note 0017: a bundle recorded with part of its
     * releases). This does what H2's recovery means to do: the undo log is replayed as a commit,
     * then the transaction is ended. Must run right after opening, before any other work.
     * Returns how many transactions were finished.
     */
    static int finishInterruptedCommits(Connection c) throws SQLException {
        org.h2.engine.Database db = session(c).getDatabase();
        synchronized (RECOVERED) {
            // A second open of the same file in this JVM (tests that play several PCs) shares H2's
            // Database: its COMMITTED transactions are live commits of the first opener, not leftovers.
            if (!RECOVERED.add(db)) {
                return 0;
            }
        }
        TransactionStore ts = db.getStore().getTransactionStore();
        int finished = 0;
        for (Transaction t : ts.getOpenTransactions()) {
            if (t.getStatus() != Transaction.STATUS_COMMITTED) {
                continue;
            }
            try {
                FINISH_COMMIT.invoke(ts, t, true);
                END_TRANSACTION.invoke(ts, t, true);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new SQLException("Cannot finish the interrupted commit of transaction " + t.getId(),
                        e.getCause());
            }
            finished++;
        }
        return finished;
    }

    /** H2 databases of this JVM whose leftovers were already finished (weak: a closed one goes). */
    private static final java.util.Set<org.h2.engine.Database> RECOVERED = java.util.Collections.newSetFromMap(
            new java.util.WeakHashMap<>());

    /** How many transactions the store holds from an earlier run (0 once open has finished its work). */
    static int leftoverTransactions(Connection c) throws SQLException {
        return session(c).getDatabase().getStore().getTransactionStore().getOpenTransactions().size();
    }

    /** {@code TransactionStore.commit(Transaction, boolean recovery)}: replays the undo log as a commit. */
    private static final Method FINISH_COMMIT = internal("commit");
    /** {@code TransactionStore.endTransaction(Transaction, boolean hasChanges)}: closes it, stores the result. */
    private static final Method END_TRANSACTION = internal("endTransaction");

    private static Method internal(String name) {
        try {
            Method m = TransactionStore.class.getDeclaredMethod(name, Transaction.class, boolean.class);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            // A newer H2 changed its internals: InterruptedCommitTest says whether it still needs this.
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Commits while no other thread of this process can write a chunk: under the MVStore's own store
     * lock, which every chunk write takes (the committing thread's own writes re-enter it). H2 takes
     * the maps of a chunk one after the other, not at one instant, so a chunk written by another
     * thread in the middle of this commit could hold one table before it and another after it, with
     * the undo log already cleared: nothing at the next open could tell that the commit was half done
     * (decision note 0017). Only the commit runs under the lock, never a statement that can wait for a
     * row lock, so it cannot deadlock with another transaction of this process.
     */
    static void commitAlone(Connection c) throws SQLException {
        SQLException[] failed = new SQLException[1];
        store(c).executeFilestoreOperation(() -> {
            try {
                c.commit();
            } catch (SQLException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    /**
     * Forces what has been written down to the disk (bounds what a power cut can lose). Only the
     * sync: every commit has already written its chunk ({@code WRITE_DELAY=0}); writing one more from
     * this thread ({@code CHECKPOINT}) while another thread is in the middle of a commit would store
     * half of that commit (H2 takes the maps one after the other, not at one instant).
     */
    static void sync(Connection c) throws SQLException {
        store(c).sync();
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
            // Lazy: H2 hands the rows over as it reads them. Otherwise it first builds the whole
            // result (spilling to disk only past a row count, not a size): 100,000 releases took
            // the heap to about 1 GB at the start after a crash, and Serial GC kept it (note 0403).
            setLazy(c, true);
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM " + q)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    scanned++;
                }
            } finally {
                setLazy(c, false);
            }
            if (counted != scanned) {
                throw new SQLException("Table " + t + " counts " + counted + " rows but " + scanned + " were read");
            }
            rows += scanned;
        }
        return new long[] {tables.size(), rows};
    }

    private static void setLazy(Connection c, boolean on) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
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
