package id.humasdesk.logic.schedule;

import id.humasdesk.model.Channel;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.ReleaseStatus;
import java.util.UUID;

/** A plan as the calendar shows it: with its channel, its release and whether it was missed. */
public record PlanView(PublicationPlan plan, Channel channel, UUID releaseId, String releaseNumber, String headline,
        ReleaseStatus releaseStatus, boolean missed, String warningKey) {
}
