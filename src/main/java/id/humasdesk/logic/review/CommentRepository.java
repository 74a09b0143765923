package id.humasdesk.logic.review;

import id.humasdesk.model.Comment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Comments on releases. */
public interface CommentRepository {
    void insert(Comment comment);

    Optional<Comment> find(UUID id);

    List<Comment> forRelease(UUID releaseId);

    void resolve(UUID id, UUID by, Instant at);

    void reopen(UUID id);

    int openChangeRequests(UUID releaseId);
}
