package id.humasdesk.logic.check;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The office's own word list, grown by "add to dictionary". Words are kept exactly as written. */
public interface OfficeWordRepository {
    List<String> all();

    /** Adds the word; false when it is already there. */
    boolean add(String word, UUID addedBy, Instant addedAt);

    /** Removes the word; false when it was not there. */
    boolean remove(String word);
}
