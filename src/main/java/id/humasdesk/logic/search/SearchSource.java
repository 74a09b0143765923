package id.humasdesk.logic.search;

import id.humasdesk.model.Release;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the indexer reads from the database, the source of truth: the outbox of changed releases
 * (written in the same transaction as each change) and the releases themselves. Several PCs may
 * follow one outbox (decision note 0603): each reads it from its own cursor and records how far it
 * got; rows go only once every active PC has passed them ({@link #prune}).
 *
 * <p>Outbox numbers are dense and become visible in order: once a reader has seen number N, every
 * smaller number is either visible too or pruned.
 */
public interface SearchSource {
    /** Outbox entries with a number above {@code afterSeq}, oldest first, at most {@code limit}. */
    List<OutboxEntry> pending(long afterSeq, int limit);

    /** The highest outbox number committed so far (0 before the first change). */
    long lastSeq();

    /** How many outbox rows are stored now, whoever still needs them. */
    int pendingCount();

    /**
     * Records that the index of PC {@code pcId} holds every change up to {@code cursor}, seen at
     * {@code now}, and returns the outbox horizon: every row up to it has been pruned. A horizon
     * above the cursor the PC had before means it may have missed changes and must rebuild. Runs
     * under the horizon's row lock, so no prune can slip between the check and the record.
     */
    long follow(String pcId, String pcName, long cursor, Instant now);

    /**
     * Starts PC {@code pcId} at the newest outbox number (for a rebuild, which reads every release
     * anyway) and returns that number; from then on no prune removes a row above it.
     */
    long startAtNewest(String pcId, String pcName, Instant now);

    /**
     * Deletes the outbox rows that every PC seen since {@code activeSince} has passed; PCs not seen
     * since are left behind (they rebuild when they come back). Returns how many rows went.
     */
    int prune(Instant activeSince);

    /** The current state of these releases; an id without a release was deleted. */
    List<Release> releases(Collection<UUID> ids);

    /** Releases in id order after {@code after} (null: from the first), at most {@code limit}. */
    List<Release> releasesAfter(UUID after, int limit);

    int countReleases();
}
