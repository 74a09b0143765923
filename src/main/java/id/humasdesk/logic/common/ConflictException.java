package id.humasdesk.logic.common;

import id.humasdesk.model.UserFacingException;
import java.time.Instant;
import java.util.UUID;

/** Someone else changed the record since it was read; says who and when, when known. */
public class ConflictException extends UserFacingException {
    private final UUID changedBy;
    private final Instant changedAt;

    public ConflictException(String what) {
        this(what, null, null);
    }

    public ConflictException(String what, UUID changedBy, Instant changedAt) {
        super("error.conflict", what);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public UUID changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
