package id.humasdesk.store;

import id.humasdesk.logic.bundle.InboxRepository;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The headquarters inbox over the tables of V5 and V5.1. Words are found with LIKE on the
 * lower-case search text import stores: every word must occur, in any order.
 */
public final class JdbcInboxRepository implements InboxRepository {
    /** More words than this in one search are ignored: each is a scan of the text column. */
    static final int MAX_WORDS = 8;
    private static final String ROW = "SELECT r.id, r.origin_office, o.office_name, o.province, r.release_version, "
            + "r.release_no, r.type, r.status, r.pubstatus, r.embargoed, r.headline, r.version_created, r.received_at "
            + "FROM received_release r LEFT JOIN received_office o ON o.office_code = r.origin_office ";
    private final Database db;

    public JdbcInboxRepository(Database db) {
        this.db = db;
    }

    private static final class Tally {
        String name;
        String level;
        String province;
        int bundles;
        java.time.Instant lastBundleAt;
        java.time.Instant lastImportedAt;
        int gaps;
        int releases;
    }

    @Override
    public List<OfficeRow> offices() {
        return db.with(c -> {
            Map<String, Tally> byCode = new TreeMap<>();
            try (var ps = c.prepareStatement("SELECT office_code, office_name, office_level, province FROM received_office");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tally t = byCode.computeIfAbsent(rs.getString(1), k -> new Tally());
                    t.name = rs.getString(2);
                    t.level = rs.getString(3);
                    t.province = rs.getString(4);
                }
            }
            try (var ps = c.prepareStatement("SELECT office_code, office_name, office_level FROM trusted_office_key "
                    + "WHERE retired_at IS NULL"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tally t = byCode.computeIfAbsent(rs.getString(1), k -> new Tally());
                    if (t.name == null) {
                        t.name = rs.getString(2);
                        t.level = rs.getString(3);
                    }
                }
            }
            // A gap stays open until the bundle it points back to arrives.
            try (var ps = c.prepareStatement("SELECT b.office_code, COUNT(*) AS bundles, MAX(b.created_at) AS last_created, "
                    + "MAX(b.imported_at) AS last_imported, SUM(CASE WHEN b.previous_bundle_id IS NOT NULL "
                    + "AND p.bundle_id IS NULL THEN 1 ELSE 0 END) AS gaps FROM bundle_received b "
                    + "LEFT JOIN bundle_received p ON p.bundle_id = b.previous_bundle_id GROUP BY b.office_code");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tally t = byCode.computeIfAbsent(rs.getString(1), k -> new Tally());
                    t.bundles = rs.getInt("bundles");
                    t.lastBundleAt = Jdbc.instant(rs, "last_created");
                    t.lastImportedAt = Jdbc.instant(rs, "last_imported");
                    t.gaps = rs.getInt("gaps");
                }
            }
            try (var ps = c.prepareStatement("SELECT origin_office, COUNT(*) FROM received_release GROUP BY origin_office");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    byCode.computeIfAbsent(rs.getString(1), k -> new Tally()).releases = rs.getInt(2);
                }
            }
            List<OfficeRow> out = new ArrayList<>(byCode.size());
            byCode.forEach((code, t) -> out.add(new OfficeRow(code, t.name == null ? code : t.name,
                    t.level == null ? "" : t.level, t.province, t.bundles, t.lastBundleAt, t.lastImportedAt, t.gaps,
                    t.releases)));
            return out;
        });
    }

    @Override
    public Page releases(Query q) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.officeCode() != null) {
            where.add("r.origin_office = ?");
            args.add(q.officeCode());
        }
        if (q.province() != null) {
            where.add("o.province = ?");
            args.add(q.province());
        }
        if (q.status() != null) {
            where.add("r.status = ?");
            args.add(q.status().name());
        }
        if (q.text() != null) {
            Arrays.stream(q.text().split("\\s+")).filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).forEach(w -> {
                where.add("r.search_text LIKE ? ESCAPE '\\'");
                args.add("%" + escape(w) + "%");
            });
        }
        String filter = where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where) + " ";
        return db.with(c -> {
            int total;
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM received_release r "
                    + "LEFT JOIN received_office o ON o.office_code = r.origin_office " + filter)) {
                bind(ps, args);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            List<ReleaseRow> rows = new ArrayList<>();
            try (var ps = c.prepareStatement(ROW + filter + "ORDER BY r.version_created DESC, r.id "
                    + "FETCH FIRST " + Math.max(1, q.limit()) + " ROWS ONLY")) {
                bind(ps, args);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new Page(rows, total);
        });
    }

    @Override
    public Optional<ReleaseRow> release(UUID id) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(ROW + "WHERE r.id = ?")) {
                ps.setObject(1, id);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<String> json(UUID id) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT ninjs_json FROM received_release WHERE id = ?")) {
                ps.setObject(1, id);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void eachReceivedSince(java.time.Instant from, java.util.function.BiConsumer<ReleaseRow, String> action) {
        db.with(c -> {
            try (var ps = c.prepareStatement(ROW.replace("SELECT ", "SELECT r.ninjs_json, ")
                    + "WHERE r.received_at >= ? ORDER BY r.origin_office, r.id")) {
                ps.setFetchSize(200);
                Jdbc.setInstant(ps, 1, from);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(row(rs), rs.getString("ninjs_json"));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<ConflictRow> conflicts(int limit) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT c.release_id, c.release_version, c.item_sha256, c.origin_office, "
                    + "c.bundle_id, c.detected_at, c.ninjs_json, r.headline, r.release_version AS held_version "
                    + "FROM received_conflict c LEFT JOIN received_release r ON r.id = c.release_id "
                    + "ORDER BY c.detected_at DESC, c.release_id, c.item_sha256 FETCH FIRST " + Math.max(1, limit)
                    + " ROWS ONLY"); var rs = ps.executeQuery()) {
                List<ConflictRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ConflictRow(Jdbc.uuid(rs, "release_id"), rs.getLong("release_version"),
                            rs.getString("item_sha256"), rs.getString("origin_office"), Jdbc.uuid(rs, "bundle_id"),
                            Jdbc.instant(rs, "detected_at"), rs.getString("headline"), rs.getLong("held_version"),
                            rs.getString("ninjs_json")));
                }
                return out;
            }
        });
    }

    private static ReleaseRow row(ResultSet rs) throws SQLException {
        return new ReleaseRow(Jdbc.uuid(rs, "id"), rs.getString("origin_office"), rs.getString("office_name"),
                rs.getString("province"), rs.getLong("release_version"), rs.getString("release_no"),
                ReleaseType.valueOf(rs.getString("type")), ReleaseStatus.valueOf(rs.getString("status")),
                rs.getString("pubstatus"), Jdbc.instant(rs, "embargoed"), rs.getString("headline"),
                Jdbc.instant(rs, "version_created"), Jdbc.instant(rs, "received_at"));
    }

    private static void bind(java.sql.PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    /** LIKE wildcards in what the user typed are meant literally. */
    static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
