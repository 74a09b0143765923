package id.humasdesk.store;

import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.logic.draft.RecoveryRepository;
import id.humasdesk.model.ReleaseType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Autosaved editor content, one row per open editor. */
public final class JdbcRecoveryRepository implements RecoveryRepository {
    private final Database db;

    public JdbcRecoveryRepository(Database db) {
        this.db = db;
    }

    @Override
    public void put(Recovery r) {
        db.inTransaction(() -> db.with(c -> {
            try (var del = c.prepareStatement("DELETE FROM recovery WHERE id = ?");
                    var ins = c.prepareStatement("INSERT INTO recovery (id, user_id, release_id, release_type, "
                            + "content_json, saved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                del.setObject(1, r.id());
                del.executeUpdate();
                ins.setObject(1, r.id());
                ins.setObject(2, r.userId());
                ins.setObject(3, r.releaseId());
                ins.setString(4, r.type().name());
                ins.setString(5, ContentJson.write(r.content()));
                Jdbc.setInstant(ins, 6, r.savedAt());
                ins.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public void remove(UUID id) {
        db.with(c -> {
            try (var ps = c.prepareStatement("DELETE FROM recovery WHERE id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Recovery> list(UUID userId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT id, release_id, release_type, content_json, saved_at "
                    + "FROM recovery WHERE user_id = ? ORDER BY saved_at")) {
                ps.setObject(1, userId);
                try (var rs = ps.executeQuery()) {
                    List<Recovery> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Recovery(Jdbc.uuid(rs, "id"), userId, Jdbc.uuid(rs, "release_id"),
                                ReleaseType.valueOf(rs.getString("release_type")),
                                ContentJson.read(rs.getString("content_json")), Jdbc.instant(rs, "saved_at")));
                    }
                    return out;
                }
            }
        });
    }
}
