package id.humasdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Conversions shared by the repositories. */
final class Jdbc {
    private Jdbc() {
    }

    static void setInstant(PreparedStatement ps, int i, Instant at) throws SQLException {
        if (at == null) {
            ps.setObject(i, null);
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** Ids in slices small enough for one {@code IN (?, ...)} each. */
    static List<List<UUID>> slices(Collection<UUID> ids, int size) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    /**
     * Runs {@code insert}; when another PC inserted the same key first (SQLState 23505 on both
     * engines), undoes only that statement and runs {@code onDuplicate} instead. The portable form of
     * an upsert: UPDATE, and if no row, this. Needs an open transaction (it uses a savepoint), which
     * also keeps PostgreSQL from aborting the whole transaction on the duplicate.
     */
    static <T> T insertOr(Connection c, SqlFunction<T> insert, SqlFunction<T> onDuplicate) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            T result = insert.apply(c);
            c.releaseSavepoint(sp);
            return result;
        } catch (SQLException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            c.rollback(sp);
            return onDuplicate.apply(c);
        }
    }

    private static boolean isDuplicate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
    }

    /** {@code ?, ?, ?} for n parameters. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

}
