package id.humasdesk.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats the release number, e.g. {@code {seq:3}/HUMAS/{office}/{month-roman}/{year}} gives
 * {@code 012/HUMAS/KAUR/XI/2026}. Placeholders: {@code {seq}}, {@code {seq:N}} (zero-padded to N),
 * {@code {office}}, {@code {year}}, {@code {month}}, {@code {month-roman}}, {@code {type}}.
 */
public record ReleaseNumberFormat(String pattern) {
    public static final String DEFAULT = "{seq:3}/HUMAS/{office}/{month-roman}/{year}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)(?::(\\d))?}");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    public ReleaseNumberFormat {
        if (pattern == null || !pattern.contains("{seq")) {
            throw new UserFacingException("error.numberFormat.noSequence");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!java.util.Set.of("seq", "office", "year", "month", "month-roman", "type").contains(m.group(1))) {
                throw new UserFacingException("error.numberFormat.unknown", m.group());
            }
        }
    }

    public String format(int sequence, String officeCode, int year, int month, ReleaseType type) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "seq" -> m.group(2) == null ? Integer.toString(sequence)
                        : String.format("%0" + m.group(2) + "d", sequence);
                case "office" -> officeCode;
                case "year" -> Integer.toString(year);
                case "month" -> String.format("%02d", month);
                case "month-roman" -> ROMAN[month - 1];
                default -> typeCode(type);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String typeCode(ReleaseType type) {
        return switch (type) {
            case SIARAN_PERS -> "SP";
            case BERITA_KEGIATAN -> "BK";
            case PENGUMUMAN -> "PENG";
            case KLARIFIKASI -> "KLAR";
        };
    }
}
