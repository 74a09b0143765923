package id.humasdesk.logic.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
        String[] listed = distinct.toArray(String[]::new);
        String[] keys = new String[listed.length];
        Integer[] order = new Integer[listed.length];
        for (int i = 0; i < listed.length; i++) {
            keys[i] = Words.lower(listed[i]);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> keys[i])); // stable: listed order within a form
        this.names = new String[listed.length];
        for (int i = 0; i < listed.length; i++) {
            this.names[i] = listed[order[i]];
        }
    }

    /** The position of the first name whose lower-case form is {@code lower}, or -1. */
    private int first(String lower) {
        int lo = 0;
        int hi = names.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Words.lower(names[mid]).compareTo(lower) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < names.length && Words.lower(names[lo]).equals(lower) ? lo : -1;
    }

    /** "Cibeber" and "CIBEBER", not "cibeber". */
    boolean accepts(String word) {
        String lower = Words.lower(word);
        int i = first(lower);
        if (i < 0) {
            return false;
        }
        if (Words.isAllCaps(word)) {
            return true;
        }
        for (; i < names.length && Words.lower(names[i]).equals(lower); i++) {
            if (names[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The listed spelling of a word written in another case. */
    Optional<String> caseFix(String word) {
        int i = first(Words.lower(word));
        return i < 0 || names[i].equals(word) ? Optional.empty() : Optional.of(names[i]);
    }

    NameList plus(NameList other) {
        List<String> all = new ArrayList<>(names.length + other.names.length);
        all.addAll(Arrays.asList(names));
        all.addAll(Arrays.asList(other.names));
        return new NameList(all);
    }
}
