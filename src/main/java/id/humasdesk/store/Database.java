package id.humasdesk.store;

import id.humasdesk.logic.common.Transactor;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * thread, so repositories join the one that logic/ opened. Every connection goes back to the pool
 * with no transaction open ({@link CleanConnections}).
 *
 * <p>Durability of the embedded file (decision note 0017): a commit that has returned survives a
 * kill of the process; what a power cut can lose is bounded by a sync at most every
 * {@link #SYNC_EVERY_MS} ms. A server keeps its own promises (PostgreSQL: fsync at commit).
 */
public final class Database implements Transactor, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** Longest time a commit waits in the operating system's cache before it is forced to disk. */
    static final long SYNC_EVERY_MS = 1000;
    private final Pools.Pool pool;
    private final CleanConnections connections;
    private final DatabaseTarget target;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean unsynced = new AtomicBoolean();
    /** Only for the embedded file; null for a server. */
    private final ScheduledExecutorService syncer;
    /** Written after a clean close; its absence at the next open asks for the full check. */
    private Path cleanMarker;
    /** What was done to the files before this open (a staged restore, a requested compaction). */
    private StoreCare.AtStart atStart = StoreCare.AtStart.NOTHING;

    private Database(Pools.Pool pool, DatabaseTarget target) {
        this.pool = pool;
        this.target = target;
        this.connections = new CleanConnections(pool.dataSource());
        if (embeddedH2(target)) {
            this.syncer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "store-sync");
                t.setDaemon(true);
                return t;
            });
            syncer.scheduleWithFixedDelay(this::syncIfNeeded, SYNC_EVERY_MS, SYNC_EVERY_MS, TimeUnit.MILLISECONDS);
        } else {
            this.syncer = null;
        }
    }

    private static boolean embeddedH2(DatabaseTarget target) {
        return target.dialect() == DatabaseTarget.Dialect.H2 && target.isEmbedded();
    }

    /**
     * Opens (creating if needed), checks and migrates the embedded database of a data directory;
     * refuses one made by a newer version. A staged restore or compaction is applied first, while
     * nothing holds the files. A store that fails the integrity check is copied aside and refused
     * with a message naming the copy and the newest backup.
     */
    public static Database open(DataDirectory dir) {
        Path file = dir.database();
        if (OPEN_HERE.merge(file, 1, Integer::sum) > 1) {
            // A second handle in this JVM on a file already open and checked (a hosting PC's app
            // beside its host, decision 0620): no staged file work and no second full read.
            try {
                Database db = open(DatabaseTarget.embedded(dir), false);
                db.cleanMarker = StoreFiles.cleanCloseMarker(dir);
                db.openHere = file;
                return db;
            } catch (RuntimeException e) {
                OPEN_HERE.merge(file, -1, (a, b) -> a + b == 0 ? null : a + b);
                throw e;
            }
        }
        try {
            Database db = openFirst(dir);
            db.openHere = file;
            return db;
        } catch (RuntimeException e) {
            OPEN_HERE.merge(file, -1, (a, b) -> a + b == 0 ? null : a + b);
            throw e;
        }
    }

    /** Data directories' files open in this JVM, with how many handles. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, Integer> OPEN_HERE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private Path openHere;

    private static Database openFirst(DataDirectory dir) {
        StoreCare.AtStart applied = StoreFiles.beforeOpen(dir);
        // Read every row only when the last run did not close cleanly: that is when damage can be.
        boolean fullCheck = !StoreFiles.takeCleanCloseMarker(dir);
        try {
            Database db;
            try {
                db = open(DatabaseTarget.embedded(dir), fullCheck);
            } catch (UserFacingException e) {
                if (!ownerPasswordBehind(dir, e)) {
                    throw e;
                }
                db = open(DatabaseTarget.embedded(dir), fullCheck);
            }
            db.cleanMarker = StoreFiles.cleanCloseMarker(dir);
            db.atStart = applied;
            return db;
        } catch (Damaged e) {
            throw StoreFiles.damaged(dir, e.getCause());
        }
    }

    /**
     * A hosting PC's database still has no owner password although {@code owner.secret} exists (a
     * kill between writing the file and setting the password, or a backup from before hosting was
     * restored): sets it now and returns true, so the open can be tried again.
     */
    private static boolean ownerPasswordBehind(DataDirectory dir, UserFacingException e) {
        Optional<String> owner = OfficeHost.ownerPassword(dir);
        boolean wrongPassword = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            wrongPassword |= t instanceof SQLException s && s.getErrorCode() == 28000;
        }
        if (owner.isEmpty() || !wrongPassword) {
            return false;
        }
        DatabaseTarget plain = new DatabaseTarget(DatabaseTarget.embedded(dir).url(), DatabaseTarget.OWNER_USER, "");
        try (Connection c = java.sql.DriverManager.getConnection(plain.url(), plain.user(), "")) {
            H2Store.appendOnly(c);
            OfficeHost.setPassword(c, DatabaseTarget.OWNER_USER, owner.get());
            H2Store.shutdown(c);
            LOG.info("The owner password of the hosted office database was set again from owner.secret");
            return true;
        } catch (SQLException again) {
            LOG.warning("The owner password could not be set again: " + again.getMessage());
            return false;
        }
    }

    /** Thrown by {@link #open(DatabaseTarget, boolean)} when the store opens but cannot be read whole. */
    static final class Damaged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Damaged(Throwable cause) {
            super(cause);
        }
    }

    /** Opens and migrates the database the settings name; refuses one made by a newer version. */
    public static Database open(DatabaseTarget target) {
        if (target.isEmbedded() && target.dialect() == DatabaseTarget.Dialect.H2) {
            return open(target, true);
        }
        return open(target, false);
    }

    private static Database open(DatabaseTarget target, boolean fullCheck) {
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
                if (embeddedH2(target)) {
                    H2Store.appendOnly(c);
                    try {
                        int finished = H2Store.finishInterruptedCommits(c);
                        if (finished > 0) {
                            LOG.warning(() -> "Finished " + finished + " commit(s) that a crash interrupted (note 0017)");
                        }
                        H2Store.checkIntegrity(c, fullCheck);
                    } catch (SQLException | RuntimeException e) {
                        throw new Damaged(e);
                    }
                }
            } catch (SQLException e) {
                if (embeddedH2(target) && StoreErrors.isCorrupt(e)) {
                    throw new Damaged(e);
                }
                throw e;
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(new CleanConnections(pool.dataSource()))
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
        } catch (Damaged e) {
            pool.close();
            throw e;
        } catch (RuntimeException | SQLException e) {
            pool.close();
            throw StoreErrors.translate(e, target);
        }
        LOG.info(() -> "Database " + target.dialect() + " open in " + (System.nanoTime() - start) / 1_000_000 + " ms"
                + (fullCheck ? " (every row read: the last run did not close cleanly)" : ""));
        return new Database(pool, target);
    }

    /** The engine behind this store (H2 or PostgreSQL). */
    public DatabaseTarget.Dialect dialect() {
        return target.dialect();
    }

    /** What was done to the files before this open (a staged restore, a requested compaction). */
    public StoreCare.AtStart atStart() {
        return atStart;
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
        try (Connection c = connections.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.get();
                commit(c);
                unsynced.set(true);
                committed();
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    // The pool may have closed a connection that failed (HikariCP closes one on a lock
                    // timeout): the server rolls it back; the caller must see the first failure, which
                    // may be worth running again, not "connection is closed".
                    if (!c.isClosed()) {
                        throw r;
                    }
                    e.addSuppressed(r);
                }
                throw e;
            } finally {
                current.remove();
                if (!c.isClosed()) {
                    c.setAutoCommit(true);
                }
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

    /** The embedded file: one commit at a time in this process (note 0017); a server: a plain commit. */
    private void commit(Connection c) throws SQLException {
        if (embeddedH2(target)) {
            H2Store.commitAlone(c);
        } else {
            c.commit();
        }
    }

    /**
     * Runs on the current transaction's connection, or on a fresh one: auto-commit on a server; on
     * the embedded file a transaction of its own, so that its commit, too, is one at a time (note 0017).
     */
    <T> T with(SqlFunction<T> work) {
        Connection tx = current.get();
        try {
            if (tx != null) {
                return work.apply(tx);
            }
            try (Connection c = connections.getConnection()) {
                if (!embeddedH2(target)) {
                    T result = work.apply(c);
                    unsynced.set(true);
                    return result;
                }
                c.setAutoCommit(false);
                try {
                    T result = work.apply(c);
                    commit(c);
                    unsynced.set(true);
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e, target);
        }
    }

    /** A pooled connection as the repositories get one, outside any transaction (tests of the pool). */
    Connection connection() throws SQLException {
        return connections.getConnection();
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
        if (syncer != null) {
            syncer.shutdown();
            try {
                syncer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean clean = false;
        if (embeddedH2(target)) {
            // Only this process uses an embedded file: close it now rather than when the JVM exits.
            try (Connection c = pool.getConnection()) {
                H2Store.shutdown(c);
                clean = true;
            } catch (SQLException e) {
                LOG.warning("Shutdown: " + e.getMessage());
            }
        }
        pool.close();
        if (clean && cleanMarker != null) {
            StoreFiles.markClosedCleanly(cleanMarker);
        }
        if (openHere != null) {
            OPEN_HERE.merge(openHere, -1, (a, b) -> a + b == 0 ? null : a + b);
            openHere = null;
        }
    }
}
