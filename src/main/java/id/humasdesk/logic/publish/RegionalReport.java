package id.humasdesk.logic.publish;

import id.humasdesk.logic.bundle.InboxRepository.ReleaseRow;
import id.humasdesk.logic.bundle.ItemTrail;
import id.humasdesk.model.Office;
import id.humasdesk.model.Province;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The monthly humas report of headquarters or a provincial office over what the offices below it
 * sent: per office and per province, from the channel plans each release carried in its bundle
 * (decision 0310). A plan counts in the month its scheduled time falls in, in this office's zone.
 */
public record RegionalReport(
        YearMonth month,
        Office office,
        OfficeIdentity identity,
        Instant madeAt,
        List<OfficeLine> offices,
        Map<String, Integer> postsByChannel) {

    /**
     * One sending office. {@code releases} counts releases with at least one post this month;
     * {@code unreported} counts plans whose time has passed without the office marking them posted
     * or skipped in the newest bundle received.
     */
    public record OfficeLine(String code, String name, String province, int releases, int posts, int skipped,
            int unreported) {
    }

    /** The offices of one province added up. */
    public record ProvinceLine(String province, int offices, int releases, int posts, int skipped, int unreported) {
    }

    /** The sums per province, provinces in alphabetical order; offices without a province last. */
    public List<ProvinceLine> provinces() {
        Map<String, List<OfficeLine>> by = new TreeMap<>(Comparator.comparing((String p) -> p.isEmpty())
                .thenComparing(Function.identity()));
        offices.forEach(o -> by.computeIfAbsent(o.province(), k -> new ArrayList<>()).add(o));
        List<ProvinceLine> out = new ArrayList<>();
        by.forEach((p, list) -> out.add(new ProvinceLine(p, list.size(),
                list.stream().mapToInt(OfficeLine::releases).sum(), list.stream().mapToInt(OfficeLine::posts).sum(),
                list.stream().mapToInt(OfficeLine::skipped).sum(),
                list.stream().mapToInt(OfficeLine::unreported).sum())));
        return out;
    }

    public int totalPosts() {
        return offices.stream().mapToInt(OfficeLine::posts).sum();
    }

    /** Adds received releases one by one, then {@link #build}s; the caller streams the inbox through it. */
    static final class Builder {
        private final YearMonth month;
        private final ZoneId zone;
        private final Instant now;
        private final Map<String, String> channelNames;
        private final Map<String, int[]> tallies = new TreeMap<>();
        private final Map<String, ReleaseRow> sample = new TreeMap<>();
        private final Map<String, Integer> byChannel = new TreeMap<>();

        Builder(YearMonth month, ZoneId zone, Instant now, Map<String, String> channelNames) {
            this.month = month;
            this.zone = zone;
            this.now = now;
            this.channelNames = channelNames;
        }

        void add(ReleaseRow row, ItemTrail trail) {
            int posts = 0;
            int skipped = 0;
            int unreported = 0;
            for (ItemTrail.PlanLine p : trail.plans()) {
                if (!YearMonth.from(p.at().atZone(zone)).equals(month)) {
                    continue;
                }
                switch (p.state()) {
                    case "POSTED" -> {
                        posts++;
                        byChannel.merge(channelNames.getOrDefault(p.channel(), p.channel()), 1, Integer::sum);
                    }
                    case "SKIPPED" -> skipped++;
                    default -> unreported += p.at().isBefore(now) ? 1 : 0;
                }
            }
            if (posts + skipped + unreported == 0) {
                return;
            }
            int[] t = tallies.computeIfAbsent(row.officeCode(), k -> new int[4]);
            t[0] += posts > 0 ? 1 : 0;
            t[1] += posts;
            t[2] += skipped;
            t[3] += unreported;
            sample.putIfAbsent(row.officeCode(), row);
        }

        RegionalReport build(Office office, OfficeIdentity identity) {
            List<OfficeLine> lines = new ArrayList<>();
            tallies.forEach((code, t) -> {
                ReleaseRow r = sample.get(code);
                lines.add(new OfficeLine(code, r.officeName() == null ? code : r.officeName(),
                        provinceName(r.province()), t[0], t[1], t[2], t[3]));
            });
            lines.sort(Comparator.comparing((OfficeLine o) -> o.province().isEmpty())
                    .thenComparing(OfficeLine::province).thenComparing(OfficeLine::name));
            Map<String, Integer> channels = new LinkedHashMap<>();
            byChannel.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> channels.put(e.getKey(), e.getValue()));
            return new RegionalReport(month, office, identity, now, List.copyOf(lines), channels);
        }

        /** Provinces travel as enum names; a name this version does not know is shown as sent. */
        private static String provinceName(String name) {
            if (name == null || name.isBlank()) {
                return "";
            }
            try {
                return Province.valueOf(name).displayName();
            } catch (IllegalArgumentException e) {
                return name;
            }
        }
    }
}
