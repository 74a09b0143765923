package id.humasdesk.logic.common;

import id.humasdesk.model.UserFacingException;

/** Recognises the failure "the office database server (or the host PC) cannot be reached" among the store's messages. */
public final class StoreOutage {
    /** The message key the store gives a failure to reach the office database server. */
    public static final String KEY = "error.store.unreachable";
    /** The same for an office database that another PC of the office hosts (decision note 0620). */
    public static final String HOST_KEY = "error.host.unreachable";

    private StoreOutage() {
    }

    public static boolean is(Throwable e) {
        return e instanceof UserFacingException u && (KEY.equals(u.messageKey()) || HOST_KEY.equals(u.messageKey()));
    }
}
