package id.humasdesk.store;

import id.humasdesk.logic.draft.RevisionRepository;
import id.humasdesk.model.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Revisions are inserted, never updated or deleted. */
public final class JdbcRevisionRepository implements RevisionRepository {
    private final Database db;

    public JdbcRevisionRepository(Database db) {
        this.db = db;
    }

    @Override
    public void append(Revision revision) {
        appendAll(List.of(revision));
    }

    @Override
    public void appendAll(List<Revision> revisions) {
        db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO release_revision (release_id, revision_no, content_json, "
                    + "saved_by, saved_at) VALUES (?, ?, ?, ?, ?)")) {
                for (Revision r : revisions) {
                    ps.setObject(1, r.releaseId());
                    ps.setInt(2, r.number());
                    ps.setString(3, ContentJson.write(r.content()));
                    ps.setObject(4, r.savedBy());
                    Jdbc.setInstant(ps, 5, r.savedAt());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Revision> list(UUID releaseId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT revision_no, content_json, saved_by, saved_at "
                    + "FROM release_revision WHERE release_id = ? ORDER BY revision_no")) {
                ps.setObject(1, releaseId);
                try (var rs = ps.executeQuery()) {
                    List<Revision> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Revision(releaseId, rs.getInt(1), ContentJson.read(rs.getString(2)),
                                Jdbc.uuid(rs, "saved_by"), Jdbc.instant(rs, "saved_at")));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public int lastNumber(UUID releaseId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(revision_no), 0) FROM release_revision WHERE release_id = ?")) {
                ps.setObject(1, releaseId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public java.util.Set<UUID> savers(UUID releaseId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT DISTINCT saved_by FROM release_revision WHERE release_id = ?")) {
                ps.setObject(1, releaseId);
                try (var rs = ps.executeQuery()) {
                    java.util.Set<UUID> out = new java.util.HashSet<>();
                    while (rs.next()) {
                        out.add(Jdbc.uuid(rs, "saved_by"));
                    }
                    return out;
                }
            }
        });
    }
}
