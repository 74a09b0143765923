package id.humasdesk.logic.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Capitalised names (places of the gazetteer, given names), tens of thousands of them: a name is
 * accepted as written or in capitals only. Lighter than {@link Lexicon}, which keeps every spelling
 * of every key: one sorted array of the names, searched by their lower-case form, where a set of the
 * names and a map of their lower-case forms took three times the memory (decision 0403).
 */
final class NameList {
    static final NameList EMPTY = new NameList(List.of());
    /** Distinct, sorted by lower-case form; of several spellings of one form, the first listed comes first. */
    private final String[] names;

    NameList(Collection<String> names) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String n : names) {
            String name = n.strip();
            if (!name.isEmpty()) {
                distinct.add(name);
            }
        }
        this.names = distinct.toArray(String[]::new);
        Arrays.sort(this.names, NameList::compareLower); // stable: listed order within a form
    }

    /**
     * Compares two strings by their lower-case letters without making lower-case copies (a lookup
     * compares about sixteen names). Letter by letter, so a letter whose lower case is longer
     * (Turkish dotted I) counts as its one-letter lower case: the same rule for sorting and lookup.
     */
    static int compareLower(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = Character.toLowerCase(a.charAt(i));
            char y = Character.toLowerCase(b.charAt(i));
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** The position of the first name that is {@code word} in another case, or -1. */
    private int first(String word) {
        int lo = 0;
        int hi = names.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareLower(names[mid], word) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < names.length && compareLower(names[lo], word) == 0 ? lo : -1;
    }

    /** "Cibeber" and "CIBEBER", not "cibeber". */
    boolean accepts(String word) {
        int i = first(word);
        if (i < 0) {
            return false;
        }
        if (Words.isAllCaps(word)) {
            return true;
        }
        for (; i < names.length && compareLower(names[i], word) == 0; i++) {
            if (names[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The listed spelling of a word written in another case. */
    Optional<String> caseFix(String word) {
        int i = first(word);
        return i < 0 || names[i].equals(word) ? Optional.empty() : Optional.of(names[i]);
    }

    NameList plus(NameList other) {
        List<String> all = new ArrayList<>(names.length + other.names.length);
        all.addAll(Arrays.asList(names));
        all.addAll(Arrays.asList(other.names));
        return new NameList(all);
    }
}
