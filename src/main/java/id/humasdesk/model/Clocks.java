package id.humasdesk.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as stored: millisecond precision, so what is read back equals what was written. */
public final class Clocks {
    private Clocks() {
    }

    public static Instant truncate(Instant i) {
        return i.truncatedTo(ChronoUnit.MILLIS);
    }
}
