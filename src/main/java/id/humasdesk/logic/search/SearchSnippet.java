package id.humasdesk.logic.search;

import java.util.UUID;

/**
 * What a library row shows for a search: the headline with its matches marked, and one passage of
 * context from the field that matched best ({@code contextField}); when only the headline matched,
 * the context is the start of the lead without marks.
 */
public record SearchSnippet(UUID releaseId, Highlight headline, SearchField contextField, Highlight context) {
}
