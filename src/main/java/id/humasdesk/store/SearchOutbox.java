package id.humasdesk.store;

import id.humasdesk.model.Release;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends to the search outbox on the connection of the change itself, so both commit or neither.
 * Numbers come from {@code search_outbox_counter}, whose row stays locked until the change commits
 * or rolls back (decision note 0603): the numbers are dense and become visible in order, so a PC that
 * has read every row up to N cannot meet a smaller number later.
 */
final class SearchOutbox {
    private SearchOutbox() {
    }

    static void append(Connection c, List<Release> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        long last;
        try (var up = c.prepareStatement("UPDATE search_outbox_counter SET last_seq = last_seq + ? WHERE id = 1")) {
            up.setLong(1, changed.size());
            if (up.executeUpdate() != 1) {
                throw new SQLException("search_outbox_counter has no row", "55000");
            }
        }
        try (var q = c.prepareStatement("SELECT last_seq FROM search_outbox_counter WHERE id = 1");
                var rs = q.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        long seq = last - changed.size();
        try (var ps = c.prepareStatement("INSERT INTO search_outbox (seq, release_id, changed_at) VALUES (?, ?, ?)")) {
            for (Release r : changed) {
                ps.setLong(1, ++seq);
                ps.setObject(2, r.id());
                Jdbc.setInstant(ps, 3, r.updatedAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
