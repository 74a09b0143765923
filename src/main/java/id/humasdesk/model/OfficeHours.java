package id.humasdesk.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/** When the office works; plans outside these hours get a warning (not a block). */
public record OfficeHours(LocalTime start, LocalTime end, Set<DayOfWeek> workdays) {
    public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(8, 0), LocalTime.of(16, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public OfficeHours {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new UserFacingException("error.officeHours.invalid");
        }
        workdays = workdays == null || workdays.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : EnumSet.copyOf(workdays);
    }

    /** Null when fine, else the message key of the warning. */
    public String warningFor(ZonedDateTime local) {
        if (!workdays.contains(local.getDayOfWeek())) {
            return "schedule.warning.weekend";
        }
        LocalTime t = local.toLocalTime();
        return t.isBefore(start) || t.isAfter(end) ? "schedule.warning.outsideHours" : null;
    }

    /** "08.00-16.00 Mon,Tue,..." form kept in settings. */
    public String encode() {
        StringBuilder days = new StringBuilder();
        for (DayOfWeek d : workdays) {
            days.append(days.length() == 0 ? "" : ",").append(d.getValue());
        }
        return start + "-" + end + ";" + days;
    }

    public static OfficeHours decode(String s) {
        try {
            String[] parts = s.split(";");
            String[] times = parts[0].split("-");
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String d : parts[1].split(",")) {
                days.add(DayOfWeek.of(Integer.parseInt(d.strip())));
            }
            return new OfficeHours(LocalTime.parse(times[0]), LocalTime.parse(times[1]), days);
        } catch (RuntimeException e) {
            return DEFAULT;
        }
    }
}
