package id.humasdesk.logic.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a calendar shows for the office-local days [from, to): at most a few plans per day, earliest
 * first, and per day how many more there are, so a busy day shows "n more" instead of thousands of
 * entries and nothing is dropped without a trace.
 *
 * @param shown the plans drawn, at most the cap per day
 * @param more  per day, the plans not in {@code shown}; days without any are absent
 */
public record CalendarRange(LocalDate from, LocalDate to, int capPerDay, List<PlanView> shown,
        Map<LocalDate, Integer> more) {
    public CalendarRange {
        shown = List.copyOf(shown);
        more = Map.copyOf(more);
    }

    /** Every plan in the range: the drawn ones plus the ones counted in "n more". */
    public int total() {
        return shown.size() + more.values().stream().mapToInt(Integer::intValue).sum();
    }
}
