package id.humasdesk.store;

import id.humasdesk.logic.lease.LeaseRepository;
import id.humasdesk.model.EditLease;
import java.util.Optional;
import java.util.UUID;

/** Edit leases, one row per release. */
public final class JdbcLeaseRepository implements LeaseRepository {
    private final Database db;

    public JdbcLeaseRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<EditLease> find(UUID releaseId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT l.*, u.full_name FROM edit_lease l JOIN app_user u "
                    + "ON u.id = l.user_id WHERE l.release_id = ?")) {
                ps.setObject(1, releaseId);
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new EditLease(releaseId, Jdbc.uuid(rs, "user_id"), rs.getString("full_name"),
                            rs.getString("machine"), Jdbc.instant(rs, "acquired_at"), Jdbc.instant(rs, "last_edit_at"),
                            Jdbc.instant(rs, "expires_at")));
                }
            }
        });
    }

    /** Row-locks the release (there may be no lease row yet to lock), then reads the lease. */
    @Override
    public Optional<EditLease> findForUpdate(UUID releaseId) {
        return db.inTransaction(() -> {
            db.with(c -> {
                try (var ps = c.prepareStatement("SELECT id FROM press_release WHERE id = ? FOR UPDATE")) {
                    ps.setObject(1, releaseId);
                    try (var rs = ps.executeQuery()) {
                        return rs.next();
                    }
                }
            });
            return find(releaseId);
        });
    }

    @Override
    public void put(EditLease l) {
        db.inTransaction(() -> db.with(c -> {
            try (var del = c.prepareStatement("DELETE FROM edit_lease WHERE release_id = ?");
                    var ins = c.prepareStatement("INSERT INTO edit_lease (release_id, user_id, machine, acquired_at, "
                            + "last_edit_at, expires_at) VALUES (?,?,?,?,?,?)")) {
                del.setObject(1, l.releaseId());
                del.executeUpdate();
                ins.setObject(1, l.releaseId());
                ins.setObject(2, l.userId());
                ins.setString(3, l.machine());
                Jdbc.setInstant(ins, 4, l.acquiredAt());
                Jdbc.setInstant(ins, 5, l.lastEditAt());
                Jdbc.setInstant(ins, 6, l.expiresAt());
                ins.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public void remove(UUID releaseId, UUID userId) {
        db.with(c -> {
            try (var ps = c.prepareStatement("DELETE FROM edit_lease WHERE release_id = ? AND user_id = ?")) {
                ps.setObject(1, releaseId);
                ps.setObject(2, userId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
