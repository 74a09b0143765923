package id.humasdesk.logic.review;

import id.humasdesk.model.Release;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;

/**
 * A check a release must pass before submit or approve (the writing checklist plugs in here).
 * Throws {@link id.humasdesk.model.UserFacingException} to refuse.
 */
@FunctionalInterface
public interface ReleaseGate {
    ReleaseGate NONE = (actor, release, t) -> { };

    void check(User actor, Release release, Transition transition);
}
