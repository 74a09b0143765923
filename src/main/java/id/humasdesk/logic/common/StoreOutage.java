package id.humasdesk.logic.common;

import id.humasdesk.model.UserFacingException;

/** Recognises the failure "the office database server cannot be reached" among the store's messages. */
public final class StoreOutage {
    /** The message key the store gives a failure to reach the office database server. */
    public static final String KEY = "error.store.unreachable";

    private StoreOutage() {
    }

    public static boolean is(Throwable e) {
        return e instanceof UserFacingException u && KEY.equals(u.messageKey());
    }
}
