package id.humasdesk.logic.check;

import java.util.List;

/**
 * One problem in a text: where it is ({@code offset} and {@code length} in the field's text,
 * {@code line} counted from 1), the text as written, its kind, fixes best first and the message
 * key that explains it, and how sure the rule is (see {@link Confidence}). Spelling findings come without Hunspell's suggestions, which are slow:
 * ask {@link WritingChecker#withSuggestions(Finding)} when the user wants them.
 */
public record Finding(CheckField field, int item, int line, int offset, int length, String word, FindingKind kind,
        List<String> suggestions, String messageKey, Confidence confidence) {

    public Finding {
        suggestions = List.copyOf(suggestions);
        confidence = confidence == null ? Confidence.HIGH : confidence;
    }

    /** Whether the editor underlines it and the checklist counts it (high confidence). */
    public boolean underlined() {
        return confidence == Confidence.HIGH;
    }

    public int end() {
        return offset + length;
    }

    public Finding withSuggestionList(List<String> value) {
        return new Finding(field, item, line, offset, length, word, kind, value, messageKey, confidence);
    }
}
