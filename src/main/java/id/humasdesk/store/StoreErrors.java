package id.humasdesk.store;

import id.humasdesk.logic.common.StoreOutage;
import id.humasdesk.model.UserFacingException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns database failures into messages a user can act on; the detail goes to the log. Server
 * errors are told apart by SQLState (pgjdbc's error code is always 0); the H2 file's own failures
 * (locked, damaged, disk full) keep their H2 codes and texts.
 */
final class StoreErrors {
    private static final Logger LOG = Logger.getLogger(StoreErrors.class.getName());
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int FILE_CORRUPTED = 90030;
    private static final int GENERAL_ERROR = 50000;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    /** Serialization failure, deadlock (both engines), H2's lock timeout: worth running again. */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "HYT00");

    private StoreErrors() {
    }

    static UserFacingException translate(Throwable e) {
        return translate(e, null);
    }

    /**
     * The user's message for a failure on {@code target} ({@code null}: the embedded database). A
     * {@link UserFacingException} passes through unchanged.
     */
    static UserFacingException translate(Throwable e, DatabaseTarget target) {
        if (e instanceof UserFacingException u) {
            return u;
        }
        // A collision is run again by Database.inTransaction: worth a warning, not an alarm.
        LOG.log(isRetryable(e) ? Level.WARNING : Level.SEVERE,
                "Database failure" + (target == null ? "" : " on " + target), e);
        String all = describe(e).toLowerCase(Locale.ROOT);
        if (all.contains("no space left") || all.contains("disk full") || all.contains("not enough space")) {
            return new UserFacingException(e, "error.store.diskFull");
        }
        SQLException sql = findSql(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        boolean server = target != null && !target.isEmbedded();
        if (server) {
            UserFacingException mapped = serverError(e, state, all, target);
            if (mapped != null) {
                return mapped;
            }
        }
        if (RETRYABLE.contains(state)) {
            return new UserFacingException(e, "error.store.busy");
        }
        // 42501 on PostgreSQL; H2's "not enough rights" and "admin rights required" on a hosted office.
        if ("42501".equals(state) || "90096".equals(state) || "90040".equals(state)) {
            return new UserFacingException(e, "error.store.permission");
        }
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == DATABASE_ALREADY_OPEN || all.contains("already in use") || all.contains("locked by another")) {
            return new UserFacingException(e, "error.store.inUse");
        }
        if (code == FILE_CORRUPTED || code == FILE_VERSION_ERROR || code == WRONG_USER_OR_PASSWORD
                || all.contains("corrupt") || all.contains("unsupported") && all.contains("format")) {
            return new UserFacingException(e, "error.store.unreadable");
        }
        return new UserFacingException(e, "error.store.failed");
    }

    /** Whether H2 says the file itself is damaged (not in use, not a wrong version). */
    static boolean isCorrupt(Throwable e) {
        SQLException sql = findSql(e);
        String all = describe(e).toLowerCase(Locale.ROOT);
        return sql != null && sql.getErrorCode() == FILE_CORRUPTED || all.contains("mvstoreexception")
                || all.contains("chunk") && all.contains("not found")
                // H2 failing on its own schema records while it opens the file (wiped pages)
                || sql != null && sql.getErrorCode() == GENERAL_ERROR && all.contains("unexpected code path");
    }

    private static UserFacingException serverError(Throwable e, String state, String all, DatabaseTarget target) {
        String where = target.serverName();
        if (HostLink.wrongCertificate(target)) {
            // The PC at the code's address is not the host that made the code (decision 0620).
            return new UserFacingException(e, "error.host.wrongCertificate", where);
        }
        if (target.isHosted() && state.equals("28000")) {
            // H2 itself waits longer after every wrong password (250 ms doubling up to 4 s).
            return new UserFacingException(e, "error.host.badSecret", where);
        }
        // Broken connection, or the session died with the host (database closed under it).
        // Through the TLS tunnel a host that went away can also show as an IO error with an EOF or a
        // reset socket (90028): the PC's tunnel end closed the driver's connection.
        if (target.isHosted() && (state.equals("90067") || state.equals("90121") || state.equals("90098")
                || all.contains("connection is broken") || state.equals("90028") && (all.contains("eofexception")
                        || all.contains("socketexception") || all.contains("connection reset")))) {
            return new UserFacingException(e, "error.host.unreachable", where);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || all.contains("connection is not available") || all.contains("connection refused")
                || all.contains("unknownhost")) {
            return new UserFacingException(e, StoreOutage.KEY, where);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new UserFacingException(e, "error.store.badPassword", target.user(), where);
        }
        if (state.equals("3D000")) {
            return new UserFacingException(e, "error.store.noSuchDatabase", target.databaseName(), where);
        }
        if (state.equals("53300")) {
            return new UserFacingException(e, "error.store.busy");
        }
        return null;
    }

    /** True when the failure is a serialization failure, a deadlock or a lock timeout. */
    static boolean isRetryable(Throwable e) {
        SQLException sql = findSql(e);
        return sql != null && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState());
    }

    static SQLException findSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
