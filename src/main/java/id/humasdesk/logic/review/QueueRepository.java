package id.humasdesk.logic.review;

import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import java.util.List;
import java.util.UUID;

/** Releases in a status, by or not by one author: the "waiting for me" lists. */
public interface QueueRepository {
    List<ReleaseSummary> inStatus(ReleaseStatus status, UUID authorIs, UUID authorIsNot, int limit);
}
