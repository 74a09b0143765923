package id.humasdesk.logic.account;

import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;

/**
 * Checks who may do what against the stored user, never against the object a caller passes in:
 * a view could hand over a stale or forged {@link User}.
 */
public final class Authority {
    private final UserRepository users;

    public Authority(UserRepository users) {
        this.users = users;
    }

    /** The current, active state of the acting user. */
    public User actor(User claimed) {
        if (claimed == null) {
            throw new UserFacingException("error.auth.notSignedIn");
        }
        User stored = users.findById(claimed.id()).orElseThrow(() -> new UserFacingException("error.auth.notSignedIn"));
        if (!stored.active()) {
            throw new UserFacingException("error.auth.inactive");
        }
        return stored;
    }

    public User require(User claimed, Role role) {
        User actor = actor(claimed);
        if (!actor.has(role)) {
            throw new UserFacingException("error.auth.roleRequired", role.name());
        }
        return actor;
    }
}
