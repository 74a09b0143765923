package id.humasdesk.store;

import id.humasdesk.logic.common.SettingsRepository;
import java.util.Optional;

/** Settings as name/value rows. */
public final class JdbcSettingsRepository implements SettingsRepository {
    private final Database db;

    public JdbcSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String name) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT setting_value FROM setting WHERE setting_name = ?")) {
                ps.setString(1, name);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String name, String value) {
        db.inTransaction(() -> db.with(c -> {
            if (!update(c, name, value)) {
                Jdbc.insertOr(c, i -> {
                    try (var ins = i.prepareStatement("INSERT INTO setting (setting_name, setting_value) VALUES (?, ?)")) {
                        ins.setString(1, name);
                        ins.setString(2, value);
                        return ins.executeUpdate();
                    }
                }, again -> update(again, name, value) ? 1 : 0);
            }
            return null;
        }));
    }

    private static boolean update(java.sql.Connection c, String name, String value) throws java.sql.SQLException {
        try (var up = c.prepareStatement("UPDATE setting SET setting_value = ? WHERE setting_name = ?")) {
            up.setString(1, value);
            up.setString(2, name);
            return up.executeUpdate() > 0;
        }
    }
}
