package id.humasdesk.model;

import java.util.regex.Pattern;

/** Small text helpers shared by the domain records. */
public final class TextUtil {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*");

    private TextUtil() {
    }

    /** Null becomes empty; surrounding white space goes. */
    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    public static int countWords(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
