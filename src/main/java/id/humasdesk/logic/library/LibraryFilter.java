package id.humasdesk.logic.library;

import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import java.util.UUID;

/** What the library narrows the list to. Null means "any". */
public record LibraryFilter(ReleaseStatus status, ReleaseType type, UUID authorId, String text, boolean trash) {
    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, "", false);

    public LibraryFilter {
        text = text == null ? "" : text.strip();
    }
}
