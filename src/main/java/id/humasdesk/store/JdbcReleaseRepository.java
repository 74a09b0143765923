package id.humasdesk.store;

import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.draft.ReleaseRepository;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.library.LibraryOrder;
import id.humasdesk.logic.library.LibraryRepository;
import id.humasdesk.logic.review.QueueRepository;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Releases: the write side for drafting and the read side for the library. */
public final class JdbcReleaseRepository implements ReleaseRepository, LibraryRepository, QueueRepository {
    private static final int SEARCH_TEXT_MAX = 100_000;
    private static final String INSERT = "INSERT INTO press_release (id, office_code, release_no, type, status, headline, "
            + "search_text, content_json, author_id, created_at, updated_at, version, trashed) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * Summaries without joins, ordered like the (trashed, updated_at, id) index so H2 reads it in
     * order instead of sorting 100,000 wide rows; author names come from a small second query.
     */
    private static final String SUMMARY = "SELECT r.id, r.release_no, r.type, r.headline, r.status, r.author_id, "
            + "r.updated_at FROM press_release r";
    private static final String NEWEST_FIRST = " ORDER BY r.trashed DESC, r.updated_at DESC, r.id DESC";
    private final Database db;

    public JdbcReleaseRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Release r) {
        insertAll(List.of(r));
    }

    /**
     * Inserts the releases and queues them for the search index in one transaction (the caller's,
     * or a new one), so the index can never miss a committed release.
     */
    @Override
    public void insertAll(List<Release> releases) {
        db.inTransaction(() -> db.with(c -> {
            try (var ps = c.prepareStatement(INSERT)) {
                for (Release r : releases) {
                    bindInsert(ps, r);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            SearchOutbox.append(c, releases);
            return null;
        }));
    }

    private static void bindInsert(PreparedStatement ps, Release r) throws SQLException {
        ps.setObject(1, r.id());
        ps.setString(2, r.officeCode());
        ps.setString(3, r.number());
        ps.setString(4, r.type().name());
        ps.setString(5, r.status().name());
        ps.setString(6, r.content().headline());
        ps.setString(7, searchText(r));
        ps.setString(8, ContentJson.write(r.content()));
        ps.setObject(9, r.authorId());
        Jdbc.setInstant(ps, 10, r.createdAt());
        Jdbc.setInstant(ps, 11, r.updatedAt());
        ps.setLong(12, r.version());
        ps.setBoolean(13, r.trashed());
    }

    /** Writes the release and queues it for the search index in the same transaction. */
    @Override
    public Release update(Release r) {
        return db.inTransaction(() -> db.with(c -> {
            try (var ps = c.prepareStatement("UPDATE press_release SET type = ?, status = ?, headline = ?, "
                    + "search_text = ?, content_json = ?, updated_at = ?, version = version + 1, trashed = ? "
                    + "WHERE id = ? AND version = ?")) {
                ps.setString(1, r.type().name());
                ps.setString(2, r.status().name());
                ps.setString(3, r.content().headline());
                ps.setString(4, searchText(r));
                ps.setString(5, ContentJson.write(r.content()));
                Jdbc.setInstant(ps, 6, r.updatedAt());
                ps.setBoolean(7, r.trashed());
                ps.setObject(8, r.id());
                ps.setLong(9, r.version());
                if (ps.executeUpdate() == 0) {
                    throw new ConflictException(r.number());
                }
            }
            SearchOutbox.append(c, List.of(r));
            return r.withVersion(r.version() + 1);
        }));
    }

    @Override
    public Optional<Release> findById(UUID id) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT * FROM press_release WHERE id = ?")) {
                ps.setObject(1, id);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(mapRelease(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public int nextSequence(String officeCode, int year) {
        // The UPDATE row-locks the counter until the caller's transaction ends, so two PCs saving at
        // once take turns; two PCs starting a new year race on the INSERT and the loser increments.
        return db.inTransaction(() -> db.with(c -> {
            if (!increment(c, officeCode, year)) {
                int first = Jdbc.insertOr(c, ins -> {
                    try (var ps = ins.prepareStatement(
                            "INSERT INTO number_sequence (office_code, seq_year, last_value) VALUES (?, ?, 1)")) {
                        ps.setString(1, officeCode);
                        ps.setInt(2, year);
                        ps.executeUpdate();
                        return 1;
                    }
                }, again -> increment(again, officeCode, year) ? 0 : -1);
                if (first == 1) {
                    return 1;
                }
            }
            try (var q = c.prepareStatement(
                    "SELECT last_value FROM number_sequence WHERE office_code = ? AND seq_year = ?")) {
                q.setString(1, officeCode);
                q.setInt(2, year);
                try (var rs = q.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }));
    }

    private static boolean increment(java.sql.Connection c, String officeCode, int year) throws SQLException {
        try (var up = c.prepareStatement(
                "UPDATE number_sequence SET last_value = last_value + 1 WHERE office_code = ? AND seq_year = ?")) {
            up.setString(1, officeCode);
            up.setInt(2, year);
            return up.executeUpdate() > 0;
        }
    }

    @Override
    public List<ReleaseSummary> page(LibraryFilter filter, ReleaseSummary after, int limit) {
        return db.with(c -> {
            Where w = where(filter);
            if (after != null) {
                // A row-value comparison lets H2 (and PostgreSQL) start the index scan at the cursor.
                w.and("(r.updated_at, r.id) < (?, ?)");
                w.args.add(after.updatedAt());
                w.args.add(after.id());
            }
            String sql = SUMMARY + w.sql + NEWEST_FIRST + " FETCH FIRST " + limit + " ROWS ONLY";
            try (var ps = prepare(c, sql, w.args); var rs = ps.executeQuery()) {
                return summaries(rs, limit, names(c));
            }
        });
    }

    @Override
    public List<ReleaseSummary> inStatus(ReleaseStatus status, UUID authorIs, UUID authorIsNot, int limit) {
        return db.with(c -> {
            Where w = new Where();
            w.and("r.trashed = FALSE");
            w.and("r.status = ?");
            w.args.add(status.name());
            if (authorIs != null) {
                w.and("r.author_id = ?");
                w.args.add(authorIs);
            }
            if (authorIsNot != null) {
                w.and("r.author_id <> ?");
                w.args.add(authorIsNot);
            }
            try (var ps = prepare(c, SUMMARY + w.sql + " ORDER BY r.updated_at DESC, r.id DESC FETCH FIRST " + limit
                    + " ROWS ONLY", w.args); var rs = ps.executeQuery()) {
                return summaries(rs, limit, names(c));
            }
        });
    }

    @Override
    public int count(LibraryFilter filter) {
        return db.with(c -> {
            Where w = where(filter);
            try (var ps = prepare(c, "SELECT COUNT(*) FROM press_release r" + w.sql, w.args);
                    var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public List<ReleaseSummary> window(LibraryFilter filter, LibraryOrder order, int offset, int limit) {
        return ordered(filter, order, null, offset, limit);
    }

    @Override
    public List<ReleaseSummary> windowAfter(LibraryFilter filter, LibraryOrder order, ReleaseSummary after,
            int limit) {
        return ordered(filter, order, java.util.Objects.requireNonNull(after, "after"), 0, limit);
    }

    private List<ReleaseSummary> ordered(LibraryFilter filter, LibraryOrder order, ReleaseSummary after, int offset,
            int limit) {
        if (!order.column().indexed()) {
            throw new IllegalArgumentException("not an indexed order: " + order);
        }
        LibraryFilter f = new LibraryFilter(filter.status(), filter.type(), filter.authorId(), "", filter.trash());
        String dir = order.ascending() ? " ASC" : " DESC";
        // Every column of an index, in its order and one direction: then H2 walks the index for
        // OFFSET instead of sorting the whole table (migration V16_1). A fixed status picks the
        // index that starts with it.
        String sortColumn = switch (order.column()) {
            case NUMBER -> "r.release_no";
            case HEADLINE -> "r.headline";
            default -> "r.updated_at";
        };
        List<String> keys = order.column() == LibraryOrder.Column.CHANGED && f.status() != null
                ? List.of("r.trashed", "r.status", sortColumn, "r.id") : List.of("r.trashed", sortColumn, "r.id");
        Where w = where(f);
        if (after != null) {
            // a row-value comparison: H2 and PostgreSQL enter the index at the cursor
            w.and("(" + sortColumn + ", r.id) " + (order.ascending() ? ">" : "<") + " (?, ?)");
            w.args.add(switch (order.column()) {
                case NUMBER -> after.number();
                case HEADLINE -> after.headline();
                default -> after.updatedAt();
            });
            w.args.add(after.id());
        }
        String sql = SUMMARY + w.sql + " ORDER BY " + String.join(dir + ", ", keys) + dir
                + " OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(1, limit) + " ROWS ONLY";
        return db.with(c -> {
            try (var ps = prepare(c, sql, w.args); var rs = ps.executeQuery()) {
                return summaries(rs, limit, names(c));
            }
        });
    }

    @Override
    public Map<ReleaseStatus, Integer> countByStatus(LibraryFilter filter) {
        Map<ReleaseStatus, Integer> out = new EnumMap<>(ReleaseStatus.class);
        countBy("r.status", filter).forEach((k, n) -> out.put(ReleaseStatus.valueOf(k), n));
        return out;
    }

    @Override
    public Map<ReleaseType, Integer> countByType(LibraryFilter filter) {
        Map<ReleaseType, Integer> out = new EnumMap<>(ReleaseType.class);
        countBy("r.type", filter).forEach((k, n) -> out.put(ReleaseType.valueOf(k), n));
        return out;
    }

    @Override
    public Map<UUID, Integer> countByAuthor(LibraryFilter filter) {
        Map<UUID, Integer> out = new java.util.HashMap<>();
        countBy("r.author_id", filter).forEach((k, n) -> out.put(UUID.fromString(k), n));
        return out;
    }

    @Override
    public Map<UUID, String> authorNames() {
        return db.with(c -> {
            Map<UUID, String> out = new java.util.HashMap<>();
            names(c).forEach((id, a) -> out.put(id, a.name()));
            return out;
        });
    }

    /** Rows per value of one column among the filter's rows (its text is not used). */
    private Map<String, Integer> countBy(String column, LibraryFilter filter) {
        LibraryFilter f = new LibraryFilter(filter.status(), filter.type(), filter.authorId(), "", filter.trash());
        return db.with(c -> {
            Where w = where(f);
            Map<String, Integer> out = new java.util.HashMap<>();
            try (var ps = prepare(c, "SELECT " + column + ", COUNT(*) FROM press_release r" + w.sql + " GROUP BY "
                    + column, w.args); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    private static List<ReleaseSummary> summaries(ResultSet rs, int limit, Map<UUID, Author> authors)
            throws SQLException {
        List<ReleaseSummary> out = new ArrayList<>(Math.min(limit, 10_000));
        while (rs.next()) {
            // one UUID and one name per author, shared by all their rows (100,000 rows: 3 MB less)
            UUID read = Jdbc.uuid(rs, "author_id");
            Author author = authors.getOrDefault(read, new Author(read, "?"));
            out.add(new ReleaseSummary(Jdbc.uuid(rs, "id"), rs.getString("release_no"),
                    ReleaseType.valueOf(rs.getString("type")), rs.getString("headline"),
                    ReleaseStatus.valueOf(rs.getString("status")), author.id(), author.name(),
                    Jdbc.instant(rs, "updated_at")));
        }
        return out;
    }

    private record Author(UUID id, String name) {
    }

    private static Map<UUID, Author> names(Connection c) throws SQLException {
        Map<UUID, Author> names = new java.util.HashMap<>();
        try (var ps = c.prepareStatement("SELECT id, full_name FROM app_user"); var rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = Jdbc.uuid(rs, "id");
                names.put(id, new Author(id, rs.getString("full_name")));
            }
        }
        return names;
    }

    private static Where where(LibraryFilter f) {
        Where w = new Where();
        w.and("r.trashed = ?");
        w.args.add(f.trash());
        if (f.status() != null) {
            w.and("r.status = ?");
            w.args.add(f.status().name());
        }
        if (f.type() != null) {
            w.and("r.type = ?");
            w.args.add(f.type().name());
        }
        if (f.authorId() != null) {
            w.and("r.author_id = ?");
            w.args.add(f.authorId());
        }
        for (String word : f.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                w.and("r.search_text LIKE ? ESCAPE '\\'");
                w.args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return w;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof java.time.Instant at) {
                Jdbc.setInstant(ps, i + 1, at);
            } else {
                ps.setObject(i + 1, a);
            }
        }
        return ps;
    }

    static Release mapRelease(ResultSet rs) throws SQLException {
        return new Release(Jdbc.uuid(rs, "id"), rs.getString("office_code"), rs.getString("release_no"),
                ReleaseType.valueOf(rs.getString("type")), ReleaseStatus.valueOf(rs.getString("status")),
                ContentJson.read(rs.getString("content_json")), Jdbc.uuid(rs, "author_id"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"),
                rs.getBoolean("trashed"));
    }

    /** Ids per query: short IN lists that any SQL engine accepts. */
    private static final int SUMMARY_CHUNK = 500;

    @Override
    public List<ReleaseSummary> summaries(LibraryFilter filter, Collection<UUID> ids) {
        LibraryFilter noText = new LibraryFilter(filter.status(), filter.type(), filter.authorId(), "", filter.trash());
        List<UUID> all = new ArrayList<>(ids);
        List<ReleaseSummary> out = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += SUMMARY_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + SUMMARY_CHUNK));
            Where w = where(noText);
            w.and("r.id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")");
            w.args.addAll(chunk);
            db.with(c -> {
                try (var ps = prepare(c, SUMMARY + w.sql, w.args); var rs = ps.executeQuery()) {
                    out.addAll(summaries(rs, chunk.size(), names(c)));
                }
                return null;
            });
        }
        return out;
    }

    private static String searchText(Release r) {
        String s = r.content().searchText();
        return s.length() > SEARCH_TEXT_MAX ? s.substring(0, SEARCH_TEXT_MAX) : s;
    }

    /** A WHERE clause built from optional parts, with its arguments in order. */
    private static final class Where {
        private String sql = "";
        private final List<Object> args = new ArrayList<>();

        void and(String cond) {
            sql += sql.isEmpty() ? " WHERE " + cond : " AND " + cond;
        }
    }
}
