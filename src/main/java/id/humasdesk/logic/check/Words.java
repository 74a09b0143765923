package id.humasdesk.logic.check;

import java.util.Locale;

/** Letter-case helpers shared by the checkers. */
final class Words {
    private Words() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isAllCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static boolean isLowerCase(String s) {
        return s.equals(lower(s));
    }

    static boolean isCapitalised(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** Gives {@code candidate} the capitalisation the writer used for {@code written}. */
    static String matchCase(String written, String candidate) {
        if (candidate.isEmpty() || written.isEmpty()) {
            return candidate;
        }
        if (isAllCaps(written) && written.length() > 1) {
            return candidate.toUpperCase(Locale.ROOT);
        }
        if (isCapitalised(written) && !isCapitalised(candidate)) {
            return Character.toUpperCase(candidate.charAt(0)) + candidate.substring(1);
        }
        return candidate;
    }
}
