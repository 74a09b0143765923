package id.humasdesk.model;

/**
 * Where a release stands in its lifecycle. CHANGES_REQUESTED behaves like a draft for its writer
 * but keeps the reviewer's request visible in queues (see decision 0003).
 */
public enum ReleaseStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, WITHDRAWN;

    /** Whether the text may be edited at all in this state (by someone allowed to). */
    public boolean editable() {
        return this != PUBLISHED && this != WITHDRAWN;
    }

    /**
     * Whether a save keeps the status. Approved and scheduled releases are editable too, but an edit
     * sends them back to review; text nobody chose to save (a displaced editor's autosave) never
     * becomes a revision of them.
     */
    public boolean editableInPlace() {
        return this == DRAFT || this == IN_REVIEW || this == CHANGES_REQUESTED;
    }

    /** Only unsent work can be moved to the trash. */
    public boolean trashable() {
        return this == DRAFT;
    }
}
