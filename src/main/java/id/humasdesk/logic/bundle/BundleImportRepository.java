package id.humasdesk.logic.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The receiving side: releases of other offices, conflicts and the bundles they came in. */
public interface BundleImportRepository {
    Optional<StoredItem> findReceived(UUID releaseId);

    /** The held item's JSON exactly as received. */
    Optional<String> receivedJson(UUID releaseId);

    void insertReceived(ReceivedItem item, UUID bundleId, Instant at);

    /** Replaces the stored version by a newer one. */
    void replaceReceived(ReceivedItem item, UUID bundleId, Instant at);

    /** Keeps a differing copy of a version already held; false when that exact copy is kept already. */
    boolean addConflict(ReceivedItem item, UUID bundleId, Instant at);

    int conflictCount();

    boolean bundleReceived(UUID bundleId);

    void recordReceived(ReceivedBundle bundle);

    /**
     * What the office says about itself (name, level, province, zone), kept per office code;
     * the description from the newest bundle ({@code createdAt}) wins.
     */
    void rememberOffice(Manifest.OfficeInfo office, Instant createdAt);

    /** Newest first. */
    List<ReceivedBundle> receivedBundles(int limit);
}
