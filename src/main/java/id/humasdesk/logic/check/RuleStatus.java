package id.humasdesk.logic.check;

/** The outcome of one checklist rule for one release. */
public enum RuleStatus {
    PASSED, FAILED,
    /** The rule does not concern this release (a quote rule for an announcement, photos when there are none). */
    NOT_APPLICABLE
}
