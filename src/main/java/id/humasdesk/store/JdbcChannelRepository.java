package id.humasdesk.store;

import id.humasdesk.logic.schedule.ChannelRepository;
import id.humasdesk.model.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
    public void save(Channel ch) {
        db.inTransaction(() -> db.with(c -> {
            if (!update(c, ch)) {
                Jdbc.insertOr(c, i -> {
                    try (var ins = i.prepareStatement("INSERT INTO channel (code, name, char_limit, photo_required, "
                            + "active, sort_order, id) VALUES (?,?,?,?,?,?,?)")) {
                        bind(ins, ch);
                        return ins.executeUpdate();
                    }
                }, again -> {
                    if (update(again, ch)) {
                        return 1;
                    }
                    // Same code as another channel just saved on another PC: the usual duplicate refusal.
                    throw new SQLException("Channel code already used: " + ch.code(), "23505");
                });
            }
            return null;
        }));
    }

    private static boolean update(java.sql.Connection c, Channel ch) throws SQLException {
        try (var up = c.prepareStatement("UPDATE channel SET code = ?, name = ?, char_limit = ?, photo_required = ?, "
                + "active = ?, sort_order = ? WHERE id = ?")) {
            bind(up, ch);
            return up.executeUpdate() > 0;
        }
    }

    private static void bind(java.sql.PreparedStatement ps, Channel ch) throws SQLException {
        ps.setString(1, ch.code());
        ps.setString(2, ch.name());
        ps.setInt(3, ch.charLimit());
        ps.setBoolean(4, ch.photoRequired());
        ps.setBoolean(5, ch.active());
        ps.setInt(6, ch.sortOrder());
        ps.setObject(7, ch.id());
    }

    private static Channel map(ResultSet rs) throws SQLException {
        return new Channel(Jdbc.uuid(rs, "id"), rs.getString("code"), rs.getString("name"), rs.getInt("char_limit"),
                rs.getBoolean("photo_required"), rs.getBoolean("active"), rs.getInt("sort_order"));
    }
}
