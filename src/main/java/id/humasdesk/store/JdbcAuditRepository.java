package id.humasdesk.store;

import id.humasdesk.logic.audit.AuditRepository;
import id.humasdesk.model.AuditEvent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.Transition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Inserts and reads audit events; the table's triggers refuse anything else. */
public final class JdbcAuditRepository implements AuditRepository {
    private static final String COLUMNS = "id, release_id, release_no, occurred_at, actor_id, actor_name, action, "
            + "from_status, to_status, reason, revision_no";
    private final Database db;

    public JdbcAuditRepository(Database db) {
        this.db = db;
    }

    @Override
    public void append(AuditEvent e) {
        db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setObject(1, e.id());
                ps.setObject(2, e.releaseId());
                ps.setString(3, e.releaseNumber());
                Jdbc.setInstant(ps, 4, e.at());
                ps.setObject(5, e.actorId());
                ps.setString(6, e.actorName());
                ps.setString(7, e.action().name());
                ps.setString(8, e.from() == null ? null : e.from().name());
                ps.setString(9, e.to() == null ? null : e.to().name());
                ps.setString(10, e.reason());
                ps.setInt(11, e.revision());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<AuditEvent> forRelease(UUID releaseId) {
        return query("SELECT " + COLUMNS + " FROM audit_event WHERE release_id = ? ORDER BY occurred_at, revision_no",
                releaseId, Integer.MAX_VALUE);
    }

    @Override
    public Map<UUID, List<AuditEvent>> forReleases(Collection<UUID> releaseIds) {
        Map<UUID, List<AuditEvent>> out = new HashMap<>();
        for (List<UUID> slice : Jdbc.slices(releaseIds, 500)) {
            db.with(c -> {
                try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_event WHERE release_id IN ("
                        + Jdbc.marks(slice.size()) + ") ORDER BY occurred_at, revision_no")) {
                    for (int i = 0; i < slice.size(); i++) {
                        ps.setObject(i + 1, slice.get(i));
                    }
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            AuditEvent e = map(rs);
                            out.computeIfAbsent(e.releaseId(), k -> new ArrayList<>()).add(e);
                        }
                    }
                }
                return null;
            });
        }
        return out;
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM audit_event ORDER BY occurred_at DESC FETCH FIRST " + limit
                + " ROWS ONLY", null, limit);
    }

    private List<AuditEvent> query(String sql, UUID arg, int limit) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(sql)) {
                if (arg != null) {
                    ps.setObject(1, arg);
                }
                try (var rs = ps.executeQuery()) {
                    List<AuditEvent> out = new ArrayList<>();
                    while (rs.next() && out.size() < limit) {
                        out.add(map(rs));
                    }
                    return out;
                }
            }
        });
    }

    private static AuditEvent map(ResultSet rs) throws SQLException {
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        return new AuditEvent(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "release_id"), rs.getString("release_no"),
                Jdbc.instant(rs, "occurred_at"), Jdbc.uuid(rs, "actor_id"), rs.getString("actor_name"),
                Transition.valueOf(rs.getString("action")), from == null ? null : ReleaseStatus.valueOf(from),
                to == null ? null : ReleaseStatus.valueOf(to), rs.getString("reason"), rs.getInt("revision_no"));
    }
}
