package id.humasdesk.logic.common;

import id.humasdesk.model.Release;
import id.humasdesk.model.User;

/**
 * What other features do when a release changes state, inside the same transaction. Lets
 * scheduling pause and resume its plans without drafting and review depending on it.
 */
public interface ReleaseHooks {
    ReleaseHooks NONE = new ReleaseHooks() {
    };

    /** An approved or scheduled release was edited and is back in review. */
    default void returnedToReview(User actor, Release release) {
    }

    /** A release was approved; may return it in a later state (e.g. scheduled again). */
    default Release approved(User actor, Release release) {
        return release;
    }
}
