package id.humasdesk.store;

import id.humasdesk.logic.schedule.ChannelRepository;
import id.humasdesk.model.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Channels, seeded by the V6 migration and edited by admins. */
public final class JdbcChannelRepository implements ChannelRepository {
    private final Database db;

    public JdbcChannelRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Channel> list() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT * FROM channel ORDER BY sort_order, name");
                    var rs = ps.executeQuery()) {
                List<Channel> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Channel> find(UUID id) {
        return list().stream().filter(ch -> ch.id().equals(id)).findFirst();
    }

    @Override
    public void save(Channel ch) {
        db.inTransaction(() -> db.with(c -> {
            try (var up = c.prepareStatement("UPDATE channel SET code = ?, name = ?, char_limit = ?, photo_required = ?, "
                    + "active = ?, sort_order = ? WHERE id = ?")) {
                up.setString(1, ch.code());
                up.setString(2, ch.name());
                up.setInt(3, ch.charLimit());
                up.setBoolean(4, ch.photoRequired());
                up.setBoolean(5, ch.active());
                up.setInt(6, ch.sortOrder());
                up.setObject(7, ch.id());
                if (up.executeUpdate() == 0) {
                    try (var ins = c.prepareStatement("INSERT INTO channel (code, name, char_limit, photo_required, "
                            + "active, sort_order, id) VALUES (?,?,?,?,?,?,?)")) {
                        ins.setString(1, ch.code());
                        ins.setString(2, ch.name());
                        ins.setInt(3, ch.charLimit());
                        ins.setBoolean(4, ch.photoRequired());
                        ins.setBoolean(5, ch.active());
                        ins.setInt(6, ch.sortOrder());
                        ins.setObject(7, ch.id());
                        ins.executeUpdate();
                    }
                }
            }
            return null;
        }));
    }

    private static Channel map(ResultSet rs) throws SQLException {
        return new Channel(Jdbc.uuid(rs, "id"), rs.getString("code"), rs.getString("name"), rs.getInt("char_limit"),
                rs.getBoolean("photo_required"), rs.getBoolean("active"), rs.getInt("sort_order"));
    }
}
