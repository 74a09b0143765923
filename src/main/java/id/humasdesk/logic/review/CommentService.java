package id.humasdesk.logic.review;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.draft.ReleaseRepository;
import id.humasdesk.model.Clocks;
import id.humasdesk.model.Comment;
import id.humasdesk.model.Release;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Threaded comments, optionally on a paragraph; change requests are resolved by the writer. */
public final class CommentService {
    private final CommentRepository comments;
    private final ReleaseRepository releases;
    private final Authority authority;
    private final Clock clock;

    public CommentService(CommentRepository comments, ReleaseRepository releases, UserRepository users, Clock clock) {
        this.comments = comments;
        this.releases = releases;
        this.authority = new Authority(users);
        this.clock = clock;
    }

    public Comment add(User actor, UUID releaseId, Integer paragraph, UUID parentId, String body) {
        User me = authority.actor(actor);
        if (body == null || body.isBlank()) {
            throw new UserFacingException("error.comment.empty");
        }
        release(releaseId);
        if (parentId != null) {
            Comment parent = comments.find(parentId).orElseThrow(() -> new UserFacingException("error.comment.notFound"));
            if (!parent.releaseId().equals(releaseId)) {
                throw new UserFacingException("error.comment.notFound");
            }
            paragraph = parent.paragraph();
        }
        Comment c = new Comment(UUID.randomUUID(), releaseId, parentId, paragraph, me.id(), me.fullName(),
                body.strip(), Comment.Kind.REMARK, Clocks.truncate(clock.instant()), null, null);
        comments.insert(c);
        return c;
    }

    public List<Comment> list(UUID releaseId) {
        return comments.forRelease(releaseId);
    }

    /** The release's writer, the comment's author or a reviewer may mark a comment resolved. */
    public void resolve(User actor, UUID commentId) {
        User me = authority.actor(actor);
        Comment c = comments.find(commentId).orElseThrow(() -> new UserFacingException("error.comment.notFound"));
        Release r = release(c.releaseId());
        if (!r.authorId().equals(me.id()) && !c.authorId().equals(me.id()) && !me.has(Role.REVIEWER)) {
            throw new UserFacingException("error.comment.resolveRole");
        }
        comments.resolve(commentId, me.id(), Clocks.truncate(clock.instant()));
    }

    public void reopen(User actor, UUID commentId) {
        User me = authority.actor(actor);
        Comment c = comments.find(commentId).orElseThrow(() -> new UserFacingException("error.comment.notFound"));
        if (!c.authorId().equals(me.id()) && !me.has(Role.REVIEWER)) {
            throw new UserFacingException("error.comment.resolveRole");
        }
        comments.reopen(commentId);
    }

    public int openCount(UUID releaseId) {
        return (int) comments.forRelease(releaseId).stream().filter(Comment::open).count();
    }

    private Release release(UUID id) {
        return releases.findById(id).orElseThrow(() -> new UserFacingException("error.release.notFound"));
    }
}
