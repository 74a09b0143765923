package id.humasdesk.logic.check;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Words and phrases a writer chose to ignore in one release ("ignore all" in that release). */
public interface IgnoredWordRepository {
    Set<String> find(UUID releaseId);

    void add(UUID releaseId, String word, UUID addedBy, Instant addedAt);

    void remove(UUID releaseId, String word);
}
