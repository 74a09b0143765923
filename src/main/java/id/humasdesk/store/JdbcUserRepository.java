package id.humasdesk.store;

import id.humasdesk.logic.account.Credential;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Users and their password hashes. */
public final class JdbcUserRepository implements UserRepository {
    private static final String COLUMNS = "id, username, full_name, roles, active";
    private final Database db;

    public JdbcUserRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(User user, String passwordHash, Instant at) {
        db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO app_user (id, username, full_name, roles, active, "
                    + "password_hash, failed_attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
                ps.setObject(1, user.id());
                ps.setString(2, user.username());
                ps.setString(3, user.fullName());
                ps.setString(4, roles(user));
                ps.setBoolean(5, user.active());
                ps.setString(6, passwordHash);
                Jdbc.setInstant(ps, 7, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void update(User user) {
        db.with(c -> {
            try (var ps = c.prepareStatement("UPDATE app_user SET full_name = ?, roles = ?, active = ? WHERE id = ?")) {
                ps.setString(1, user.fullName());
                ps.setString(2, roles(user));
                ps.setBoolean(3, user.active());
                ps.setObject(4, user.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<User> findById(UUID id) {
        return one("SELECT " + COLUMNS + " FROM app_user WHERE id = ?", id);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return one("SELECT " + COLUMNS + " FROM app_user WHERE username = ?", username);
    }

    @Override
    public List<User> list() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user ORDER BY full_name");
                    var rs = ps.executeQuery()) {
                List<User> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Credential> credential(UUID userId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(
                    "SELECT password_hash, failed_attempts, locked_until FROM app_user WHERE id = ?")) {
                ps.setObject(1, userId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Credential(rs.getString(1), rs.getInt(2),
                            Jdbc.instant(rs, "locked_until"))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveCredential(UUID userId, Credential cred) {
        db.with(c -> {
            try (var ps = c.prepareStatement(
                    "UPDATE app_user SET password_hash = ?, failed_attempts = ?, locked_until = ? WHERE id = ?")) {
                ps.setString(1, cred.passwordHash());
                ps.setInt(2, cred.failedAttempts());
                Jdbc.setInstant(ps, 3, cred.lockedUntil());
                ps.setObject(4, userId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private Optional<User> one(String sql, Object key) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setObject(1, key);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    private static User map(ResultSet rs) throws SQLException {
        var roles = Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf)
                .collect(Collectors.toSet());
        return new User(Jdbc.uuid(rs, "id"), rs.getString("username"), rs.getString("full_name"), roles,
                rs.getBoolean("active"));
    }

    private static String roles(User user) {
        return user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
