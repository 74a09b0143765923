package id.humasdesk.logic.bundle;

import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import java.time.Instant;
import java.util.UUID;

/**
 * One release version as read back from a verified item: what headquarters stores and lists.
 * {@code json} is the item exactly as received, {@code sha256} its hash from the manifest;
 * {@code embargoed} is set while the item is withheld.
 */
public record ReceivedItem(
        UUID id,
        long version,
        String officeCode,
        String number,
        ReleaseType type,
        ReleaseStatus status,
        String pubstatus,
        Instant embargoed,
        Instant firstCreated,
        Instant versionCreated,
        ReleaseContent content,
        String json,
        String sha256) {
}
