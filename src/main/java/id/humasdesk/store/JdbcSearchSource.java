package id.humasdesk.store;

import id.humasdesk.logic.search.OutboxEntry;
import id.humasdesk.logic.search.SearchSource;
import id.humasdesk.model.Release;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** What the search indexer reads from H2: the outbox and the releases it names. */
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
    public List<Long> pendingSequence() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT seq FROM search_outbox ORDER BY seq");
                    var rs = ps.executeQuery()) {
                List<Long> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
                return out;
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

    /**
     * Deletes by runs of consecutive numbers ({@code BETWEEN}), which is exact: a number inside a
     * run was itself in the list, and no other row can carry it.
     */
    @Override
    public void remove(Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return;
        }
        long[] sorted = seqs.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        db.inTransaction(() -> db.with(c -> {
            try (var ps = c.prepareStatement("DELETE FROM search_outbox WHERE seq BETWEEN ? AND ?")) {
                int from = 0;
                for (int i = 1; i <= sorted.length; i++) {
                    if (i == sorted.length || sorted[i] != sorted[i - 1] + 1) {
                        ps.setLong(1, sorted[from]);
                        ps.setLong(2, sorted[i - 1]);
                        ps.addBatch();
                        from = i;
                    }
                }
                ps.executeBatch();
            }
            return null;
        }));
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
