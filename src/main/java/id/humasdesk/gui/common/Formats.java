package id.humasdesk.gui.common;

import id.humasdesk.model.IndonesianZone;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people here read them: office zone, with its WIB/WITA/WIT label. */
public final class Formats {
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final Locale locale;

    public Formats(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", locale);
        this.time = DateTimeFormatter.ofPattern("HH.mm.ss", locale);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : dateTime.format(at.atZone(zone)) + " " + IndonesianZone.labelOf(zone);
    }

    public String time(Instant at) {
        return at == null ? "" : time.format(at.atZone(zone)) + " " + IndonesianZone.labelOf(zone);
    }

    /** A file size as people read it: "850 KB", "12,4 MB", "3,1 GB" (decimal comma in Indonesian; 1 KB = 1,024 B). */
    public String size(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) { // never "1.005 KB": from 1,000 on, the next unit
            v /= 1024;
            u++;
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(u >= 2 && v < 100 ? 1 : 0);
        return f.format(v) + " " + units[u];
    }

    public ZoneId zone() {
        return zone;
    }
}
