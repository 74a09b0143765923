package id.humasdesk.logic.schedule;

import id.humasdesk.model.Channel;
import id.humasdesk.model.PublicationPlan;

/** A plan whose time has come, with what the user needs to post it. */
public record DuePlan(PublicationPlan plan, Channel channel, String releaseNumber, String headline) {
}
