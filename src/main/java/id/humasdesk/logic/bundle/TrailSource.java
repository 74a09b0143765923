package id.humasdesk.logic.bundle;

import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.logic.schedule.ChannelRepository;
import id.humasdesk.logic.schedule.PlanRepository;
import id.humasdesk.model.AuditEvent;
import id.humasdesk.model.Channel;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the channel plans and audit history that go out with each release of an export. */
@FunctionalInterface
public interface TrailSource {
    /** The trail of every release given, by release id; a release without plans or events may be left out. */
    Map<UUID, ItemTrail> of(List<Release> releases);

    TrailSource NONE = releases -> Map.of();

    /**
     * Plans from scheduling, events from the audit log ({@code Auditor.forReleases}, the bulk form of
     * {@code forRelease}): a few queries per export however many releases, channel codes read once.
     */
    static TrailSource from(PlanRepository plans, ChannelRepository channels, Auditor auditor) {
        return releases -> {
            Map<UUID, String> codes = channels.list().stream().collect(Collectors.toMap(Channel::id, Channel::code));
            Function<PublicationPlan, ItemTrail.PlanLine> plan = p -> new ItemTrail.PlanLine(
                    codes.getOrDefault(p.channelId(), p.channelId().toString()), p.at(), p.state().name(),
                    p.postedUrl(), p.embargoUntil());
            List<UUID> ids = releases.stream().map(Release::id).toList();
            Map<UUID, List<PublicationPlan>> planned = plans.forReleases(ids);
            Map<UUID, List<AuditEvent>> events = auditor.forReleases(ids);
            Map<UUID, ItemTrail> out = new HashMap<>();
            for (UUID id : ids) {
                ItemTrail t = new ItemTrail(planned.getOrDefault(id, List.of()).stream().map(plan).toList(),
                        events.getOrDefault(id, List.of()).stream().map(TrailSource::line).toList());
                if (!t.isEmpty()) {
                    out.put(id, t);
                }
            }
            return out;
        };
    }

    private static ItemTrail.HistoryLine line(AuditEvent e) {
        return new ItemTrail.HistoryLine(e.at(), e.action().name(), e.from() == null ? null : e.from().name(),
                e.to() == null ? null : e.to().name(), e.actorName(), e.reason(), e.revision());
    }
}
