package id.humasdesk.logic.check;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Capitalised names (places of the gazetteer, given names), tens of thousands of them: a name is
 * accepted as written or in capitals only. Lighter than {@link Lexicon}, which keeps every spelling
 * of every key.
 */
final class NameList {
    static final NameList EMPTY = new NameList(Set.of());
    private final Set<String> exact;
    private final Map<String, String> byLower;

    NameList(Collection<String> names) {
        this.exact = new HashSet<>(names.size() * 2);
        this.byLower = new HashMap<>(names.size() * 2);
        for (String n : names) {
            String name = n.strip();
            if (!name.isEmpty()) {
                exact.add(name);
                byLower.putIfAbsent(Words.lower(name), name);
            }
        }
    }

    /** "Cibeber" and "CIBEBER", not "cibeber". */
    boolean accepts(String word) {
        return exact.contains(word) || Words.isAllCaps(word) && byLower.containsKey(Words.lower(word));
    }

    /** The listed spelling of a word written in another case. */
    Optional<String> caseFix(String word) {
        String form = byLower.get(Words.lower(word));
        return form == null || form.equals(word) ? Optional.empty() : Optional.of(form);
    }

    NameList plus(NameList other) {
        Set<String> all = new HashSet<>(exact);
        all.addAll(other.exact);
        return new NameList(all);
    }
}
