package id.humasdesk.store;

import id.humasdesk.logic.search.OutboxEntry;
import id.humasdesk.logic.search.SearchSource;
import id.humasdesk.model.Release;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** What the search indexer reads from the database: the outbox, the PCs' cursors and the releases. */
public final class JdbcSearchSource implements SearchSource {
    /** Keeps IN lists short enough for any SQL engine's parameter limit. */
    private static final int IN_CHUNK = 500;
    /** Every column but the lower-cased search_text copy, which the index does not need. */
    private static final String COLUMNS = "id, office_code, release_no, type, status, content_json, author_id, "
            + "created_at, updated_at, version, trashed";
    private final Database db;

    public JdbcSearchSource(Database db) {
        this.db = db;
    }

    @Override
    public List<OutboxEntry> pending(long afterSeq, int limit) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT seq, release_id FROM search_outbox WHERE seq > ? ORDER BY seq "
                    + "FETCH FIRST " + limit + " ROWS ONLY")) {
                ps.setLong(1, afterSeq);
                try (var rs = ps.executeQuery()) {
                    List<OutboxEntry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new OutboxEntry(rs.getLong(1), Jdbc.uuid(rs, "release_id")));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public long lastSeq() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT last_seq FROM search_outbox_counter WHERE id = 1");
                    var rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public int pendingCount() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM search_outbox"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public long follow(String pcId, String pcName, long cursor, Instant now) {
        return db.inTransaction(() -> db.with(c -> {
            long horizon = lockHorizon(c);
            record(c, pcId, pcName, cursor, now);
            return horizon;
        }));
    }

    @Override
    public long startAtNewest(String pcId, String pcName, Instant now) {
        return db.inTransaction(() -> db.with(c -> {
            lockHorizon(c);
            long newest;
            try (var ps = c.prepareStatement("SELECT last_seq FROM search_outbox_counter WHERE id = 1");
                    var rs = ps.executeQuery()) {
                newest = rs.next() ? rs.getLong(1) : 0L;
            }
            record(c, pcId, pcName, newest, now);
            return newest;
        }));
    }

    @Override
    public int prune(Instant activeSince) {
        return db.inTransaction(() -> db.with(c -> {
            long horizon = lockHorizon(c);
            long passedByAll;
            try (var ps = c.prepareStatement("SELECT MIN(last_seq) FROM search_reader WHERE seen_at >= ?")) {
                Jdbc.setInstant(ps, 1, activeSince);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    passedByAll = rs.getLong(1);
                    if (rs.wasNull()) {
                        return 0;
                    }
                }
            }
            if (passedByAll <= horizon) {
                return 0;
            }
            int deleted;
            try (var ps = c.prepareStatement("DELETE FROM search_outbox WHERE seq <= ?")) {
                ps.setLong(1, passedByAll);
                deleted = ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("UPDATE search_outbox_horizon SET pruned_through = ? WHERE id = 1")) {
                ps.setLong(1, passedByAll);
                ps.executeUpdate();
            }
            return deleted;
        }));
    }

    /** Locks the horizon row until the transaction ends and returns it: prunes and cursor records take turns. */
    private static long lockHorizon(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT pruned_through FROM search_outbox_horizon WHERE id = 1 FOR UPDATE");
                var rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("search_outbox_horizon has no row", "55000");
            }
            return rs.getLong(1);
        }
    }

    /** Upsert of one PC's row; safe without a savepoint because every caller holds the horizon lock. */
    private static void record(Connection c, String pcId, String pcName, long cursor, Instant now)
            throws SQLException {
        String name = pcName.length() > 200 ? pcName.substring(0, 200) : pcName;
        try (var up = c.prepareStatement(
                "UPDATE search_reader SET pc_name = ?, last_seq = ?, seen_at = ? WHERE pc_id = ?")) {
            up.setString(1, name);
            up.setLong(2, cursor);
            Jdbc.setInstant(up, 3, now);
            up.setString(4, pcId);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (var ins = c.prepareStatement(
                "INSERT INTO search_reader (pc_id, pc_name, last_seq, seen_at) VALUES (?, ?, ?, ?)")) {
            ins.setString(1, pcId);
            ins.setString(2, name);
            ins.setLong(3, cursor);
            Jdbc.setInstant(ins, 4, now);
            ins.executeUpdate();
        }
    }

    @Override
    public List<Release> releases(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> all = new ArrayList<>(ids);
        List<Release> out = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            db.with(c -> {
                String sql = "SELECT " + COLUMNS + " FROM press_release WHERE id IN (" + marks + ")";
                try (var ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setObject(i + 1, chunk.get(i));
                    }
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(JdbcReleaseRepository.mapRelease(rs));
                        }
                    }
                }
                return null;
            });
        }
        return out;
    }

    @Override
    public List<Release> releasesAfter(UUID after, int limit) {
        return db.with(c -> {
            String sql = "SELECT " + COLUMNS + " FROM press_release" + (after == null ? "" : " WHERE id > ?")
                    + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY";
            try (var ps = c.prepareStatement(sql)) {
                if (after != null) {
                    ps.setObject(1, after);
                }
                try (var rs = ps.executeQuery()) {
                    List<Release> out = new ArrayList<>(limit);
                    while (rs.next()) {
                        out.add(JdbcReleaseRepository.mapRelease(rs));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public int countReleases() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM press_release"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
