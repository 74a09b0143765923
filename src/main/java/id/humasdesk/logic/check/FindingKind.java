package id.humasdesk.logic.check;

/** What kind of problem a finding is; the editor underlines each kind in its own colour. */
public enum FindingKind {
    /** Not a word the dictionaries know. */
    SPELLING,
    /** A known but non-standard form (kata tidak baku) with its standard form as the fix. */
    NONSTANDARD,
    /** The office's house style: its own name, "di" apart or joined, "pun" apart. */
    STYLE
}
