package id.humasdesk.model;

/** Where one channel's publication stands. */
public enum PlanState {
    /** Waiting for its time. */
    PLANNED,
    /** The release went back to review; the plan waits for approval again. */
    PAUSED,
    /** Someone posted it and recorded the public address. */
    POSTED,
    /** Deliberately not posted, with a reason. */
    SKIPPED;

    public boolean done() {
        return this == POSTED || this == SKIPPED;
    }
}
