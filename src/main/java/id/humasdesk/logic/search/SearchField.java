package id.humasdesk.logic.search;

/** The parts of a release the search looks in. */
public enum SearchField {
    HEADLINE, LEAD, BODY, NARASUMBER, TAGS
}
