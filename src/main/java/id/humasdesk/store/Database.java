package id.humasdesk.store;

import id.humasdesk.logic.Transactor;
import id.humasdesk.model.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The store's database, migrated by Flyway on open: the embedded H2 file of one data directory, or
 * an office database server (PostgreSQL) that several PCs share. Which one follows from the
 * {@link DatabaseTarget}; the pool comes from {@link Pools}. Transactions are bound to the calling
 * thread, so repositories join the one that logic/ opened.
 */
public final class Database implements Transactor, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private final Pools.Pool pool;
    private final DatabaseTarget target;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();

    private Database(Pools.Pool pool, DatabaseTarget target) {
        this.pool = pool;
        this.target = target;
    }

    /** Opens (creating if needed) and migrates the database; refuses one made by a newer version. */
    public static Database open(DataDirectory dir) {
        return open(DatabaseTarget.embedded(dir));
    }

    static Database open(String url) {
        return open(new DatabaseTarget(url, "humasdesk", ""));
    }

    /** Opens and migrates the database the settings name; refuses one made by a newer version. */
    public static Database open(DatabaseTarget target) {
        long start = System.nanoTime();
        Pools.Pool pool;
        try {
            pool = Pools.open(target);
        } catch (RuntimeException e) {
            throw StoreErrors.translate(e, target);
        }
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(pool.dataSource())
                    .locations("classpath:id/humasdesk/db/migration", target.dialect().vendorLocation())
                    // Feature branches land in any order; an older version arriving later still applies.
                    .outOfOrder(true)
                    .load();
            MigrationInfo[] future = Arrays.stream(flyway.info().all())
                    .filter(i -> i.getState() == MigrationState.FUTURE_SUCCESS).toArray(MigrationInfo[]::new);
            if (future.length > 0) {
                throw new UserFacingException("error.store.newerVersion", future[future.length - 1].getVersion());
            }
            flyway.migrate();
        } catch (RuntimeException | SQLException e) {
            pool.close();
            throw StoreErrors.translate(e, target);
        }
        LOG.info(() -> "Database " + target.dialect() + " open in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return new Database(pool, target);
    }

    /** The engine behind this store (H2 or PostgreSQL). */
    public DatabaseTarget.Dialect dialect() {
        return target.dialect();
    }

    /** True when several PCs may share this database (a server), false for this PC's own file. */
    public boolean isShared() {
        return !target.isEmbedded();
    }

    /**
     * Runs {@code work} in one transaction. When two PCs collide (a deadlock or serialization
     * failure; on H2 a lock wait that timed out) the whole transaction is rolled back and run again,
     * at most {@link #MAX_ATTEMPTS} times in all, after a short random pause; the last failure reaches
     * the user as "the database is busy".
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return transaction(work);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !StoreErrors.isRetryable(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> "Transaction collided with another (attempt " + tried + "), running it again: " + e);
                pause(attempt);
            }
        }
    }

    /** Attempts of one transaction when it collides with another PC's (see {@link #inTransaction}). */
    static final int MAX_ATTEMPTS = 5;

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T transaction(Supplier<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.get();
                c.commit();
                committed();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e, target);
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
            try (Connection c = pool.getConnection()) {
                return work.apply(c);
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e, target);
        }
    }

    @Override
    public void close() {
        if (target.dialect() == DatabaseTarget.Dialect.H2 && target.isEmbedded()) {
            // Only this process uses an embedded file: close it now rather than when the JVM exits.
            try (Connection c = pool.getConnection(); var st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warning("Shutdown: " + e.getMessage());
            }
        }
        pool.close();
    }
}
