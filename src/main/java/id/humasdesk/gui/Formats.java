package id.humasdesk.gui;

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

    public Formats(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", locale);
        this.time = DateTimeFormatter.ofPattern("HH.mm.ss", locale);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : dateTime.format(at.atZone(zone)) + " " + IndonesianZone.labelOf(zone);
    }

    public String time(Instant at) {
        return at == null ? "" : time.format(at.atZone(zone)) + " " + IndonesianZone.labelOf(zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
