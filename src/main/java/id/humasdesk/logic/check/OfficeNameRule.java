package id.humasdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the office's own name in one spelling: for "Bawaslu Kabupaten Kaur" it finds "Bawaslu
 * Kab. Kaur", "Bawaslu Kab Kaur", "Bawaslu Kaur" and "bawaslu kabupaten kaur", and proposes the
 * full name. Names of other offices ("Bawaslu Provinsi Bengkulu") do not match.
 */
final class OfficeNameRule {
    private static final Pattern OFFICE = Pattern.compile(
            "(?iu)^(\\S+)\\s+(kabupaten|kab\\.?|kota|provinsi|prov\\.?)\\s+(.+)$");
    private final String canonical;
    private final Pattern variants;

    private OfficeNameRule(String canonical, Pattern variants) {
        this.canonical = canonical;
        this.variants = variants;
    }

    static Optional<OfficeNameRule> of(String officeName) {
        Matcher m = OFFICE.matcher(officeName == null ? "" : officeName.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String level = Words.lower(m.group(2));
        String levelAlternatives;
        if (level.startsWith("kab")) {
            levelAlternatives = "kabupaten|kab";
        } else if (level.startsWith("prov")) {
            levelAlternatives = "provinsi|propinsi|prov";
        } else {
            levelAlternatives = "kota";
        }
        StringBuilder place = new StringBuilder();
        for (String part : m.group(3).strip().split("\\s+")) {
            if (place.length() > 0) {
                place.append("\\s+");
            }
            place.append(Pattern.quote(part));
        }
        String regex = "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(m.group(1)) + "\\s+(?:(?:" + levelAlternatives
                + ")(?:\\.\\s*|\\s+))?" + place + "(?![\\p{L}\\p{N}])";
        String canonical = m.group(1) + " " + fullLevel(level, m.group(2)) + " " + m.group(3).strip();
        return Optional.of(new OfficeNameRule(canonical, Pattern.compile(regex)));
    }

    private static String fullLevel(String lower, String written) {
        if (lower.startsWith("kab")) {
            return "Kabupaten";
        }
        if (lower.startsWith("prov")) {
            return "Provinsi";
        }
        return Words.isCapitalised(written) ? written : "Kota";
    }

    String canonical() {
        return canonical;
    }

    /** Start and end of every variant spelling of the office name in the text. */
    List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = variants.matcher(text);
        while (m.find()) {
            if (!m.group().equals(canonical)) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }
}
