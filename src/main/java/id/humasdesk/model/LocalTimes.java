package id.humasdesk.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Converting what a user typed ("28/11 09.00" in their office zone) to a stored instant. A local
 * time that does not exist (a daylight-saving gap) moves forward; an ambiguous one takes the earlier.
 */
public final class LocalTimes {
    private LocalTimes() {
    }

    public static Instant toInstant(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }
}
