package id.humasdesk.store;

import id.humasdesk.logic.check.IgnoredWordRepository;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Words ignored per release as rows of {@code release_ignored_word}. */
public final class JdbcIgnoredWordRepository implements IgnoredWordRepository {
    private final Database db;

    public JdbcIgnoredWordRepository(Database db) {
        this.db = db;
    }

    @Override
    public Set<String> find(UUID releaseId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(
                    "SELECT word FROM release_ignored_word WHERE release_id = ? ORDER BY word")) {
                ps.setObject(1, releaseId);
                try (var rs = ps.executeQuery()) {
                    Set<String> out = new LinkedHashSet<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public void add(UUID releaseId, String word, UUID addedBy, Instant addedAt) {
        db.inTransaction(() -> db.with(c -> {
            try (var exists = c.prepareStatement(
                    "SELECT 1 FROM release_ignored_word WHERE release_id = ? AND word = ?")) {
                exists.setObject(1, releaseId);
                exists.setString(2, word);
                try (var rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            return Jdbc.insertOr(c, i -> {
                try (var ps = i.prepareStatement("INSERT INTO release_ignored_word (release_id, word, added_by, "
                        + "added_at) VALUES (?, ?, ?, ?)")) {
                    ps.setObject(1, releaseId);
                    ps.setString(2, word);
                    ps.setObject(3, addedBy);
                    Jdbc.setInstant(ps, 4, addedAt);
                    ps.executeUpdate();
                    return null;
                }
            }, dup -> null);
        }));
    }

    @Override
    public void remove(UUID releaseId, String word) {
        db.with(c -> {
            try (var ps = c.prepareStatement("DELETE FROM release_ignored_word WHERE release_id = ? AND word = ?")) {
                ps.setObject(1, releaseId);
                ps.setString(2, word);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
