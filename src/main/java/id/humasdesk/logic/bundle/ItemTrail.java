package id.humasdesk.logic.bundle;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a release carries to headquarters besides its text, as it stands at export time: its
 * channel plans and its audit history (decision 0310). Both lists are kept in one fixed order, so
 * the same plans and events always give the same item bytes whatever order they were read in.
 * Actions, states and statuses are enum names as text: an office running a newer version may send
 * names this one does not know, and headquarters must still take the bundle.
 */
public record ItemTrail(List<PlanLine> plans, List<HistoryLine> history) {
    /** One channel plan: where, when (UTC), how far it got, where it was posted, until when embargoed. */
    public record PlanLine(String channel, Instant at, String state, String postedUrl, Instant embargoUntil) {
        public PlanLine {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(state, "state");
            postedUrl = postedUrl == null ? "" : postedUrl;
        }
    }

    /** One audit event: when, which move, from and to which status (either may be absent), by whom, why. */
    public record HistoryLine(Instant at, String action, String from, String to, String actor, String reason,
            int revision) {
        public HistoryLine {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(action, "action");
            actor = actor == null ? "" : actor;
            reason = reason == null ? "" : reason;
        }
    }

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Instant> TIME = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<PlanLine> PLAN_ORDER = Comparator.comparing(PlanLine::at)
            .thenComparing(PlanLine::channel).thenComparing(PlanLine::state).thenComparing(PlanLine::postedUrl)
            .thenComparing(PlanLine::embargoUntil, TIME);
    private static final Comparator<HistoryLine> HISTORY_ORDER = Comparator.comparing(HistoryLine::at)
            .thenComparingInt(HistoryLine::revision).thenComparing(HistoryLine::action)
            .thenComparing(HistoryLine::from, TEXT).thenComparing(HistoryLine::to, TEXT)
            .thenComparing(HistoryLine::actor).thenComparing(HistoryLine::reason);
    /** Declared after the orders it is sorted by: static fields start in text order. */
    public static final ItemTrail NONE = new ItemTrail(List.of(), List.of());

    public ItemTrail {
        plans = plans.stream().sorted(PLAN_ORDER).toList();
        history = history.stream().sorted(HISTORY_ORDER).toList();
    }

    /** The earliest embargo of any plan that is still ahead of {@code now}, or null when none is. */
    public Instant embargoAfter(Instant now) {
        if (now == null) {
            return null;
        }
        return plans.stream().map(PlanLine::embargoUntil).filter(e -> e != null && e.isAfter(now))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public boolean isEmpty() {
        return plans.isEmpty() && history.isEmpty();
    }
}
