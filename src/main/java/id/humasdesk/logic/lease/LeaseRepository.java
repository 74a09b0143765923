package id.humasdesk.logic.lease;

import id.humasdesk.model.EditLease;
import java.util.Optional;
import java.util.UUID;

/** One edit lease per release at most. */
public interface LeaseRepository {
    Optional<EditLease> find(UUID releaseId);

    /**
     * Like {@link #find}, but inside the caller's transaction it also holds the release's lease slot
     * until that transaction ends, so two PCs asking at once take turns and exactly one gets it.
     */
    default Optional<EditLease> findForUpdate(UUID releaseId) {
        return find(releaseId);
    }

    void put(EditLease lease);

    void remove(UUID releaseId, UUID userId);
}
