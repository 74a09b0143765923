package id.humasdesk.logic.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A list of accepted words with the case rule of Hunspell dictionaries: a word listed in lower
 * case is accepted in any case ("pemilu", "Pemilu", "PEMILU"); a word listed with capitals must
 * keep them ("Bawaslu", "BAWASLU", but not "bawaslu"). Immutable.
 */
final class Lexicon {
    static final Lexicon EMPTY = new Lexicon(List.of());
    private final Map<String, Set<String>> byLower;

    Lexicon(Collection<String> words) {
        Map<String, Set<String>> map = new HashMap<>();
        for (String w : words) {
            String word = w == null ? "" : w.strip();
            if (!word.isEmpty()) {
                map.computeIfAbsent(Words.lower(word), k -> new LinkedHashSet<>()).add(word);
            }
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        this.byLower = Map.copyOf(map);
    }

    /** One word a line, UTF-8; blank lines and lines starting with # are skipped. */
    static List<String> readList(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean accepts(String word) {
        Set<String> forms = byLower.get(Words.lower(word));
        if (forms == null) {
            return false;
        }
        for (String form : forms) {
            if (Words.isLowerCase(form) || form.equals(word) || Words.isAllCaps(word) && word.length() > 1) {
                return true;
            }
        }
        return false;
    }

    /** The listed spelling when the writer only got the case wrong ("bawaslu" gives "Bawaslu"). */
    Optional<String> caseFix(String word) {
        Set<String> forms = byLower.get(Words.lower(word));
        return forms == null ? Optional.empty() : forms.stream().filter(f -> !f.equals(word)).findFirst();
    }

    /** The listed spelling of a lower-case key, for suggestions. */
    Optional<String> listed(String lower) {
        Set<String> forms = byLower.get(lower);
        return forms == null ? Optional.empty() : forms.stream().findFirst();
    }

    boolean containsLower(String lower) {
        return byLower.containsKey(lower);
    }
}
