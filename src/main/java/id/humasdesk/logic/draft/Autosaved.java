package id.humasdesk.logic.draft;

/** Where an autosave kept the typing. */
public enum Autosaved {
    /** In the office database (and on this PC when it uses a server). */
    SAVED,
    /** On this PC only: the office database server could not be reached. Nothing typed is lost. */
    ONLY_ON_THIS_PC
}
