package id.humasdesk.logic.schedule;

import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.ReleaseStatus;

/** A plan with the few release fields a calendar needs, read in one query. */
public record PlannedRelease(PublicationPlan plan, String number, String headline, ReleaseStatus status) {
}
