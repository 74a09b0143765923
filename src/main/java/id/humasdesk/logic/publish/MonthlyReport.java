package id.humasdesk.logic.publish;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Channel;
import id.humasdesk.model.Office;
import id.humasdesk.model.PlanState;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseType;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the office did on its channels in one month (Laporan Kegiatan Kehumasan): counts by type and
 * channel, the published releases with their links, missed and skipped plans, output per week.
 */
public record MonthlyReport(
        YearMonth month,
        Office office,
        OfficeIdentity identity,
        Instant madeAt,
        int plansTotal,
        int postedTotal,
        Map<String, Integer> releasesByType,
        Map<String, Integer> postedByChannel,
        Map<String, Map<String, Integer>> postedByWeekAndChannel,
        List<Published> published,
        List<Missed> missed,
        List<Missed> skipped) {

    /** A release posted this month and where. */
    public record Published(String number, String headline, String type, List<Link> links) {
    }

    public record Link(String channel, String when, String url) {
    }

    /** A plan that was not posted: missed (time passed, nobody marked it) or skipped with a reason. */
    public record Missed(String number, String headline, String channel, String when, String note) {
    }

    static MonthlyReport build(YearMonth month, Office office, OfficeIdentity identity, List<PublicationPlan> plans,
            Map<UUID, Channel> channels, Map<UUID, Release> releases, Instant now, Messages words) {
        List<Channel> ordered = channels.values().stream().sorted(Comparator.comparingInt(Channel::sortOrder)
                .thenComparing(Channel::name)).toList();
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byWeek = new LinkedHashMap<>();
        int weeks = (month.lengthOfMonth() + 6) / 7;
        for (int wk = 1; wk <= weeks; wk++) {
            int first = (wk - 1) * 7 + 1;
            int last = Math.min(month.lengthOfMonth(), wk * 7);
            byWeek.put(first + "\u2013" + last, new LinkedHashMap<>());
        }
        List<String> weekKeys = new ArrayList<>(byWeek.keySet());
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (ReleaseType t : ReleaseType.values()) {
            byType.put(words.label(t), 0);
        }
        Map<UUID, List<Link>> links = new LinkedHashMap<>();
        List<Missed> missed = new ArrayList<>();
        List<Missed> skipped = new ArrayList<>();
        int posted = 0;
        List<PublicationPlan> sorted = plans.stream().sorted(Comparator.comparing(PublicationPlan::at)
                .thenComparing(p -> p.id().toString())).toList();
        for (PublicationPlan p : sorted) {
            Channel ch = channels.get(p.channelId());
            String chName = ch == null ? "?" : ch.name();
            Release r = releases.get(p.releaseId());
            ZonedDateTime local = p.at().atZone(office.zone());
            String when = IndonesianText.dateTime(local);
            if (p.state() == PlanState.POSTED) {
                posted++;
                byChannel.merge(chName, 1, Integer::sum);
                byWeek.get(weekKeys.get((local.getDayOfMonth() - 1) / 7)).merge(chName, 1, Integer::sum);
                links.computeIfAbsent(p.releaseId(), k -> new ArrayList<>()).add(new Link(chName, when,
                        p.postedUrl()));
            } else if (p.state() == PlanState.SKIPPED) {
                skipped.add(new Missed(number(r), headline(r), chName, when, p.note()));
            } else if (p.missedAt(now)) {
                missed.add(new Missed(number(r), headline(r), chName, when, ""));
            }
        }
        Map<String, Integer> channelCounts = new LinkedHashMap<>();
        for (Channel c : ordered) {
            if (byChannel.containsKey(c.name())) {
                channelCounts.put(c.name(), byChannel.get(c.name()));
            }
        }
        List<Published> published = new ArrayList<>();
        for (Map.Entry<UUID, List<Link>> e : links.entrySet()) {
            Release r = releases.get(e.getKey());
            String type = r == null ? "" : words.label(r.type());
            if (r != null) {
                byType.merge(type, 1, Integer::sum);
            }
            published.add(new Published(number(r), headline(r), type, e.getValue()));
        }
        return new MonthlyReport(month, office, identity, now, plans.size(), posted, byType, channelCounts,
                byWeek, published, missed, skipped);
    }

    /** Channels that appear in the weekly figures, in channel order. */
    public List<String> channelsInWeeks() {
        return new ArrayList<>(postedByChannel.keySet());
    }

    public int publishedReleases() {
        return published.size();
    }

    private static String number(Release r) {
        return r == null || r.number() == null ? "" : r.number();
    }

    private static String headline(Release r) {
        return r == null ? "" : r.content().headline();
    }
}
