package id.humasdesk.logic.account;

import id.humasdesk.model.UserFacingException;

/** The minimum for a password on an office PC: long enough, and not the user name. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new UserFacingException("error.password.tooShort", MIN_LENGTH);
        }
        if (new String(password).equalsIgnoreCase(username)) {
            throw new UserFacingException("error.password.sameAsUsername");
        }
    }
}
