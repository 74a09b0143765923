package id.humasdesk.store;

import id.humasdesk.logic.account.OfficeRepository;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import java.time.ZoneId;
import java.util.Optional;

/** The single office row. */
public final class JdbcOfficeRepository implements OfficeRepository {
    private final Database db;

    public JdbcOfficeRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Office> find() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT code, name, office_level, province, zone_id FROM office WHERE id = 1");
                    var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String province = rs.getString("province");
                return Optional.of(new Office(rs.getString("code"), rs.getString("name"),
                        OfficeLevel.valueOf(rs.getString("office_level")),
                        province == null ? null : Province.valueOf(province), ZoneId.of(rs.getString("zone_id"))));
            }
        });
    }

    @Override
    public void save(Office office) {
        db.with(c -> {
            try (var del = c.prepareStatement("DELETE FROM office WHERE id = 1");
                    var ps = c.prepareStatement(
                            "INSERT INTO office (id, code, name, office_level, province, zone_id) VALUES (1, ?, ?, ?, ?, ?)")) {
                del.executeUpdate();
                ps.setString(1, office.code());
                ps.setString(2, office.name());
                ps.setString(3, office.level().name());
                ps.setString(4, office.province() == null ? null : office.province().name());
                ps.setString(5, office.zone().getId());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
