package id.humasdesk.model;

/** A problem with a field that the editor shows next to it. */
public record ContentIssue(Field field, String messageKey) {
    /** The fields of the editor that can carry an issue. */
    public enum Field { HEADLINE, DATELINE, LEAD, BODY, NARASUMBER, CONTACT, PHOTOS }
}
