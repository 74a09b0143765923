package id.humasdesk.logic.publish;

import id.humasdesk.model.Dateline;
import id.humasdesk.model.IndonesianZone;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Dates, times and numbers as Indonesian official texts write them. */
public final class IndonesianText {
    private static final Locale ID = Locale.forLanguageTag("id");

    private IndonesianText() {
    }

    /** "29 November 2026". */
    public static String date(LocalDate day) {
        return day == null ? "" : Dateline.formatDate(day);
    }

    /** "November 2026". */
    public static String month(java.time.YearMonth m) {
        return Dateline.formatDate(m.atDay(1)).substring(2).strip();
    }

    /** "pukul 10.00 WIB". */
    public static String time(ZonedDateTime t) {
        return String.format(Locale.ROOT, "pukul %02d.%02d %s", t.getHour(), t.getMinute(),
                IndonesianZone.labelOf(t.getZone()));
    }

    /** "29 November 2026 pukul 10.00 WIB". */
    public static String dateTime(ZonedDateTime t) {
        return date(t.toLocalDate()) + " " + time(t);
    }

    /** "12.345" (dot for thousands). */
    public static String number(long n) {
        String plain = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(plain.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }

    /** Upper case the Indonesian way (the locale matters for no letter here, but say it). */
    public static String upper(String s) {
        return s.toUpperCase(ID);
    }
}
