package id.humasdesk.store;

import id.humasdesk.logic.check.OfficeWordRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The office word list as rows of {@code office_word}. */
public final class JdbcOfficeWordRepository implements OfficeWordRepository {
    private final Database db;

    public JdbcOfficeWordRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<String> all() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT word FROM office_word ORDER BY word");
                    var rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    @Override
    public boolean add(String word, UUID addedBy, Instant addedAt) {
        return db.inTransaction(() -> db.with(c -> {
            try (var exists = c.prepareStatement("SELECT 1 FROM office_word WHERE word = ?")) {
                exists.setString(1, word);
                try (var rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            // Two PCs adding the same word at once: the second finds it added.
            return Jdbc.insertOr(c, i -> {
                try (var ps = i.prepareStatement("INSERT INTO office_word (word, added_by, added_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, word);
                    ps.setObject(2, addedBy);
                    Jdbc.setInstant(ps, 3, addedAt);
                    ps.executeUpdate();
                    return true;
                }
            }, dup -> false);
        }));
    }

    @Override
    public boolean remove(String word) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("DELETE FROM office_word WHERE word = ?")) {
                ps.setString(1, word);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
