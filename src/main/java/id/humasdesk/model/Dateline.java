package id.humasdesk.model;

import java.time.LocalDate;

/** Indonesian date words as they appear in a release's dateline ("28 November 2026"). */
public final class Dateline {
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};

    private Dateline() {
    }

    public static String formatDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "Kaur, 28 November 2026 –", the opening of the first paragraph. */
    public static String render(String place, LocalDate date) {
        StringBuilder sb = new StringBuilder(place == null ? "" : place.strip());
        if (date != null) {
            sb.append(", ").append(formatDate(date));
        }
        return sb.append(" –").toString();
    }

    /** Month number (1-12) for an Indonesian month name, or 0 when it is not one. */
    public static int monthOf(String word) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(word)) {
                return i + 1;
            }
        }
        return 0;
    }
}
