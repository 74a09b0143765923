package id.humasdesk.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The office this workstation belongs to. The code is short and upper-case because it appears in
 * release numbers and bundle file names.
 */
public record Office(String code, String name, OfficeLevel level, Province province, ZoneId zone) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    public Office {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(zone, "zone");
        if (name == null || name.isBlank()) {
            throw new UserFacingException("error.office.nameRequired");
        }
        if (!isValidCode(code)) {
            throw new UserFacingException("error.office.codeInvalid", code == null ? "" : code);
        }
        if (level != OfficeLevel.PUSAT && province == null) {
            throw new UserFacingException("error.office.provinceRequired");
        }
        name = name.strip();
    }

    /** 2 to 20 upper-case letters, digits or hyphens, starting with a letter or digit. */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** WIB, WITA or WIT (or the zone id elsewhere). */
    public String zoneLabel() {
        return IndonesianZone.labelOf(zone);
    }

    /** The place name used in datelines: the office name without the institution prefix. */
    public String placeName() {
        String n = name;
        for (String prefix : new String[] {"Kabupaten ", "Kota ", "Provinsi "}) {
            int at = n.indexOf(prefix);
            if (at >= 0) {
                return n.substring(at + prefix.length()).strip();
            }
        }
        return province != null ? province.displayName() : "Jakarta";
    }
}
