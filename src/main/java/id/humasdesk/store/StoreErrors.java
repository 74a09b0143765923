package id.humasdesk.store;

import id.humasdesk.model.UserFacingException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns database failures into messages a user can act on; the detail goes to the log. */
final class StoreErrors {
    private static final Logger LOG = Logger.getLogger(StoreErrors.class.getName());
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    private StoreErrors() {
    }

    static UserFacingException translate(Throwable e) {
        if (e instanceof UserFacingException u) {
            return u;
        }
        LOG.log(Level.SEVERE, "Database failure", e);
        String all = describe(e).toLowerCase(Locale.ROOT);
        if (all.contains("no space left") || all.contains("disk full") || all.contains("not enough space")) {
            return new UserFacingException(e, "error.store.diskFull");
        }
        SQLException sql = findSql(e);
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
                || all.contains("chunk") && all.contains("not found");
    }

    private static SQLException findSql(Throwable e) {
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
