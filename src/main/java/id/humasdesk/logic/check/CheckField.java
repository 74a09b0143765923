package id.humasdesk.logic.check;

/**
 * The part of a release a finding is in. Offsets of a finding count from the start of that
 * field's text; list fields (narasumber, photos) also carry the item's index.
 */
public enum CheckField {
    HEADLINE, SUBHEADLINE, DATELINE, LEAD,
    /** The body as {@code ReleaseContent.bodyText()}, or as the editor's text area holds it. */
    BODY,
    NARASUMBER_TITLE, NARASUMBER_TOPIC, PHOTO_CAPTION, CLOSING,
    /** A plain text that is not a release field, such as a file given to the {@code check} command. */
    TEXT
}
