package id.humasdesk.logic.audit;

import id.humasdesk.model.AuditEvent;
import java.util.List;
import java.util.UUID;

/** The append-only audit log. There is deliberately no update and no delete. */
public interface AuditRepository {
    void append(AuditEvent event);

    List<AuditEvent> forRelease(UUID releaseId);

    /** Newest first, for the office-wide view of admins. */
    List<AuditEvent> recent(int limit);
}
