package id.humasdesk.store;

import id.humasdesk.logic.Transactor;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database of one data directory, migrated by Flyway on open. Transactions are
 * bound to the calling thread, so repositories join the one that logic/ opened.
 *
 * <p>Durability (decision note 0017): a commit that has returned survives a kill of the process;
 * what a power cut can lose is bounded by a sync at most every {@link #SYNC_EVERY_MS} ms.
 */
public final class Database implements Transactor, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** Longest time a commit waits in the operating system's cache before it is forced to disk. */
    static final long SYNC_EVERY_MS = 1000;
    private final JdbcConnectionPool pool;
    private final CleanConnections connections;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean unsynced = new AtomicBoolean();
    private final ScheduledExecutorService syncer;
    /** Written after a clean close; its absence at the next open asks for the full check. */
    private Path cleanMarker;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.connections = new CleanConnections(pool);
        this.syncer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-sync");
            t.setDaemon(true);
            return t;
        });
        syncer.scheduleWithFixedDelay(this::syncIfNeeded, SYNC_EVERY_MS, SYNC_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens (creating if needed), checks and migrates the database; refuses one made by a newer
     * version. A staged restore or compaction is applied first, while nothing holds the files. A
     * store that fails the integrity check is copied aside and refused with a message naming the
     * copy and the newest backup.
     */
    public static Database open(DataDirectory dir) {
        Path database = dir.database();
        StoreFiles.beforeOpen(dir);
        // Read every row only when the last run did not close cleanly: that is when damage can be.
        boolean fullCheck = !StoreFiles.takeCleanCloseMarker(dir);
        try {
            Database db = open(H2Store.url(database), fullCheck);
            db.cleanMarker = StoreFiles.cleanCloseMarker(dir);
            return db;
        } catch (Damaged e) {
            throw StoreFiles.damaged(dir, e.getCause());
        }
    }

    /** Thrown by {@link #open(String)} when the store opens but cannot be read whole. */
    static final class Damaged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Damaged(Throwable cause) {
            super(cause);
        }
    }

    static Database open(String url) {
        return open(url, true);
    }

    static Database open(String url, boolean fullCheck) {
        long start = System.nanoTime();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "humasdesk", "");
        pool.setMaxConnections(16);
        try {
            try (Connection c = pool.getConnection()) {
                H2Store.appendOnly(c);
                try {
                    H2Store.checkIntegrity(c, fullCheck);
                } catch (SQLException | RuntimeException e) {
                    throw new Damaged(e);
                }
            } catch (SQLException e) {
                if (StoreErrors.isCorrupt(e)) {
                    throw new Damaged(e);
                }
                throw e;
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(new CleanConnections(pool))
                    .locations("classpath:id/humasdesk/db/migration", "classpath:id/humasdesk/db/vendor/h2")
                    // Feature branches land in any order; an older version arriving later still applies.
                    .outOfOrder(true)
                    .load();
            MigrationInfo[] future = Arrays.stream(flyway.info().all())
                    .filter(i -> i.getState() == MigrationState.FUTURE_SUCCESS).toArray(MigrationInfo[]::new);
            if (future.length > 0) {
                throw new UserFacingException("error.store.newerVersion", future[future.length - 1].getVersion());
            }
            flyway.migrate();
        } catch (Damaged e) {
            pool.dispose();
            throw e;
        } catch (RuntimeException | SQLException e) {
            pool.dispose();
            throw StoreErrors.translate(e);
        }
        LOG.info(() -> "Database open in " + (System.nanoTime() - start) / 1_000_000 + " ms"
                + (fullCheck ? " (every row read: the last run did not close cleanly)" : ""));
        return new Database(pool);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection c = connections.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.get();
                c.commit();
                unsynced.set(true);
                committed();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    /**
     * Calls {@code listener} on the committing thread after every committed transaction; it must
     * be quick. The search indexer uses it to pick up the outbox at once instead of on its timer.
     */
    public void onCommit(Runnable listener) {
        commitListeners.add(listener);
    }

    private void committed() {
        for (Runnable l : commitListeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Commit listener failed", e);
            }
        }
    }

    /** Runs on the current transaction's connection, or on a fresh auto-commit one. */
    <T> T with(SqlFunction<T> work) {
        Connection tx = current.get();
        try {
            if (tx != null) {
                return work.apply(tx);
            }
            try (Connection c = connections.getConnection()) {
                T result = work.apply(c);
                unsynced.set(true);
                return result;
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    /** How many connections came back to a pool with a transaction open in this JVM (should be 0). */
    public static long leftoverTransactions() {
        return CleanConnections.leftovers();
    }

    private void syncIfNeeded() {
        if (!unsynced.getAndSet(false)) {
            return;
        }
        try (Connection c = connections.getConnection()) {
            H2Store.sync(c);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Sync skipped", e);
        }
    }

    /** Closes without compacting: a kill at any moment of closing leaves the last committed state. */
    @Override
    public void close() {
        syncer.shutdown();
        try {
            syncer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean clean = false;
        try (Connection c = pool.getConnection()) {
            H2Store.shutdown(c);
            clean = true;
        } catch (SQLException e) {
            LOG.warning("Shutdown: " + e.getMessage());
        }
        pool.dispose();
        if (clean && cleanMarker != null) {
            StoreFiles.markClosedCleanly(cleanMarker);
        }
    }
}
