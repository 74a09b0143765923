package id.humasdesk.logic.check;

/** How much a checklist rule matters; set per office by an administrator. */
public enum RuleLevel {
    /** A failure blocks submit and approve. */
    REQUIRED,
    /** A failure is shown but does not block. */
    RECOMMENDED,
    /** Not checked. */
    OFF
}
