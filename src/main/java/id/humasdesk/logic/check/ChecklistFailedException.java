package id.humasdesk.logic.check;

import id.humasdesk.model.UserFacingException;

/** Submit or approve refused because required checklist rules failed; carries the whole result. */
public final class ChecklistFailedException extends UserFacingException {
    private final transient ChecklistResult result;

    public ChecklistFailedException(ChecklistResult result) {
        super("check.checklist.blocked", result.blocking().size());
        this.result = result;
    }

    public ChecklistResult result() {
        return result;
    }
}
