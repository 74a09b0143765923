package id.humasdesk.store;

import id.humasdesk.model.Release;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Appends to the search outbox on the connection of the change itself, so both commit or neither. */
final class SearchOutbox {
    private SearchOutbox() {
    }

    static void append(Connection c, List<Release> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT INTO search_outbox (release_id, changed_at) VALUES (?, ?)")) {
            for (Release r : changed) {
                ps.setObject(1, r.id());
                Jdbc.setInstant(ps, 2, r.updatedAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
