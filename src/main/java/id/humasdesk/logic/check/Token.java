package id.humasdesk.logic.check;

import java.util.Locale;

/** A word of a checked text and where it stands: {@code text.substring(start, end)}. */
record Token(String text, int start, int end, boolean sentenceStart) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Every letter upper case and at least two letters: an acronym such as KPU or DKPP. */
    boolean allCaps() {
        return Words.isAllCaps(text);
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
