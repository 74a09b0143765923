package id.humasdesk.model;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** Indonesia's three civil time zones with the labels used in written text. */
public enum IndonesianZone {
    WIB("Asia/Jakarta"), WITA("Asia/Makassar"), WIT("Asia/Jayapura");

    private final ZoneId zoneId;

    IndonesianZone(String id) {
        this.zoneId = ZoneId.of(id);
    }

    public ZoneId zoneId() {
        return zoneId;
    }

    /** The label to print after a time in this zone; other zones print their id. */
    public static String labelOf(ZoneId zone) {
        return of(zone).map(Enum::name).orElse(zone.getId());
    }

    public static Optional<IndonesianZone> of(ZoneId zone) {
        return Arrays.stream(values()).filter(z -> z.zoneId.equals(zone)).findFirst();
    }
}
