package id.humasdesk.logic.audit;

import id.humasdesk.model.AuditEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only audit log. There is deliberately no update and no delete. */
public interface AuditRepository {
    void append(AuditEvent event);

    List<AuditEvent> forRelease(UUID releaseId);

    /** Events of many releases at once (an export reads thousands); releases without events are absent. */
    default Map<UUID, List<AuditEvent>> forReleases(Collection<UUID> releaseIds) {
        Map<UUID, List<AuditEvent>> out = new HashMap<>();
        for (UUID id : releaseIds) {
            List<AuditEvent> events = forRelease(id);
            if (!events.isEmpty()) {
                out.put(id, events);
            }
        }
        return out;
    }

    /** Newest first, for the office-wide view of admins. */
    List<AuditEvent> recent(int limit);
}
