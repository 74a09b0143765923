package id.humasdesk.logic.search;

import id.humasdesk.model.Release;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the indexer reads from the database, the source of truth: the outbox of changed releases
 * (written in the same transaction as each change) and the releases themselves.
 */
public interface SearchSource {
    /**
     * Outbox entries with a sequence number above {@code afterSeq}, oldest first, at most {@code
     * limit}. (An entry of a transaction that committed late may sit below {@code afterSeq}; it is
     * found by the next pass, which starts from 0 again.)
     */
    List<OutboxEntry> pending(long afterSeq, int limit);

    /** Every outbox sequence number present now; a rebuild removes exactly these once it is committed. */
    List<Long> pendingSequence();

    int pendingCount();

    /** Removes outbox entries the index has committed. */
    void remove(Collection<Long> seqs);

    /** The current state of these releases; an id without a release was deleted. */
    List<Release> releases(Collection<UUID> ids);

    /** Releases in id order after {@code after} (null: from the first), at most {@code limit}. */
    List<Release> releasesAfter(UUID after, int limit);

    int countReleases();
}
