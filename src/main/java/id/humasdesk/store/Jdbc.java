package id.humasdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

}
