package id.humasdesk.logic.check;

/**
 * How sure a rule is that a finding is a real error. Only {@link #HIGH} findings are underlined
 * and count for the checklist; {@link #LOW} findings are listed in the Periksa tab as "perhaps".
 */
public enum Confidence {
    /** Underlined, listed, counted by the checklist. */
    HIGH,
    /** Listed as "perhaps" only: not underlined, never counted. */
    LOW
}
