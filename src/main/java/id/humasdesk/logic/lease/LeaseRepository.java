package id.humasdesk.logic.lease;

import id.humasdesk.model.EditLease;
import java.util.Optional;
import java.util.UUID;

/** One edit lease per release at most. */
public interface LeaseRepository {
    Optional<EditLease> find(UUID releaseId);

    void put(EditLease lease);

    void remove(UUID releaseId, UUID userId);
}
