package id.humasdesk.logic;

import id.humasdesk.model.UserFacingException;

/** Someone else changed the record since it was read. */
public class ConflictException extends UserFacingException {
    public ConflictException(String what) {
        super("error.conflict", what);
    }
}
