package id.humasdesk.logic.check;


/** A word of a checked text and where it stands: {@code text.substring(start, end)}. */
record Token(String text, int start, int end, boolean sentenceStart) {

    /** Every letter upper case and at least two letters: an acronym such as KPU or DKPP. */
    boolean allCaps() {
        return Words.isAllCaps(text);
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
