package id.humasdesk.store;

import id.humasdesk.logic.review.CommentRepository;
import id.humasdesk.model.Comment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Comments with their authors' names. */
public final class JdbcCommentRepository implements CommentRepository {
    private static final String SELECT = "SELECT c.*, a.full_name AS author_name, r.full_name AS resolver_name "
            + "FROM release_comment c JOIN app_user a ON a.id = c.author_id "
            + "LEFT JOIN app_user r ON r.id = c.resolved_by ";
    private final Database db;

    public JdbcCommentRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Comment cm) {
        db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO release_comment (id, release_id, parent_id, paragraph_no, "
                    + "author_id, body, kind, created_at) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setObject(1, cm.id());
                ps.setObject(2, cm.releaseId());
                ps.setObject(3, cm.parentId());
                ps.setObject(4, cm.paragraph());
                ps.setObject(5, cm.authorId());
                ps.setString(6, cm.body());
                ps.setString(7, cm.kind().name());
                Jdbc.setInstant(ps, 8, cm.createdAt());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Comment> find(UUID id) {
        List<Comment> found = list("WHERE c.id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<Comment> forRelease(UUID releaseId) {
        return list("WHERE c.release_id = ? ORDER BY c.created_at, c.id", releaseId);
    }

    @Override
    public void resolve(UUID id, UUID by, Instant at) {
        db.with(c -> {
            try (var ps = c.prepareStatement("UPDATE release_comment SET resolved_at = ?, resolved_by = ? WHERE id = ?")) {
                Jdbc.setInstant(ps, 1, at);
                ps.setObject(2, by);
                ps.setObject(3, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void reopen(UUID id) {
        db.with(c -> {
            try (var ps = c.prepareStatement(
                    "UPDATE release_comment SET resolved_at = NULL, resolved_by = NULL WHERE id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int openChangeRequests(UUID releaseId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM release_comment WHERE release_id = ? "
                    + "AND kind = 'CHANGE_REQUEST' AND resolved_at IS NULL")) {
                ps.setObject(1, releaseId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private List<Comment> list(String where, UUID arg) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(SELECT + where)) {
                ps.setObject(1, arg);
                try (var rs = ps.executeQuery()) {
                    List<Comment> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                    return out;
                }
            }
        });
    }

    private static Comment map(ResultSet rs) throws SQLException {
        int paragraph = rs.getInt("paragraph_no");
        return new Comment(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "release_id"), Jdbc.uuid(rs, "parent_id"),
                rs.wasNull() ? null : paragraph, Jdbc.uuid(rs, "author_id"), rs.getString("author_name"),
                rs.getString("body"), Comment.Kind.valueOf(rs.getString("kind")), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "resolved_at"), rs.getString("resolver_name"));
    }
}
