package id.humasdesk.model;

/** The moves of the release lifecycle (see DESIGN.md, "Release lifecycle"). */
public enum Transition {
    CREATE, SAVE, SUBMIT, REQUEST_CHANGES, APPROVE, RECALL, EDIT_AFTER_APPROVAL, WITHDRAW, REOPEN, CORRECT,
    SCHEDULE, RESCHEDULE, PAUSE_PLANS, RESUME_PLANS, PUBLISH, TRASH, RESTORE, TAKE_OVER;

    /** Whether the user must give a reason, which the audit log keeps. */
    public boolean needsReason() {
        return this == REQUEST_CHANGES || this == WITHDRAW || this == REOPEN;
    }
}
