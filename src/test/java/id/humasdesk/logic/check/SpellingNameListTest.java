package id.humasdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The names list kept as one sorted array (decision 0403) accepts and corrects the shipped
 * gazetteer's names exactly as the set and map it replaced did.
 */
class SpellingNameListTest {

    @Test
    void aNameIsAcceptedAsListedOrInCapitalsAndItsCaseIsCorrected() {
        NameList names = new NameList(List.of("Cibeber", "Kaur", "ALue", "Alue"));
        assertTrue(names.accepts("Cibeber"));
        assertTrue(names.accepts("CIBEBER"));
        assertFalse(names.accepts("cibeber"));
        assertFalse(names.accepts("Cibeberan"));
        assertEquals(Optional.of("Cibeber"), names.caseFix("cibeber"));
        assertEquals(Optional.empty(), names.caseFix("Cibeber"));
        assertTrue(names.accepts("Alue") && names.accepts("ALue"));
        assertEquals(Optional.of("ALue"), names.caseFix("alue"), "the first listed spelling");
        NameList both = names.plus(new NameList(List.of("Siti", "Kaur")));
        assertTrue(both.accepts("Siti") && both.accepts("Kaur") && both.accepts("SITI"));
    }

    @Test
    void theGazetteerGivesTheSameVerdictsAsTheSetAndMap() {
        List<String> listed = Lexicon.readList(SpellChecker.resource(SpellChecker.RESOURCES + "gazetteer-id.txt"));
        NameList names = new NameList(listed);
        Set<String> exact = new HashSet<>();
        Map<String, String> byLower = new HashMap<>();
        for (String n : listed) {
            exact.add(n.strip());
            byLower.putIfAbsent(Words.lower(n.strip()), n.strip());
        }
        int checked = 0;
        for (int i = 0; i < listed.size(); i += 3) {
            String n = listed.get(i);
            for (String w : List.of(n, n.toUpperCase(Locale.ROOT), Words.lower(n), n + "an", n.substring(1))) {
                boolean old = exact.contains(w) || Words.isAllCaps(w) && byLower.containsKey(Words.lower(w));
                assertEquals(old, names.accepts(w), w);
                String form = byLower.get(Words.lower(w));
                assertEquals(form == null || form.equals(w) ? Optional.empty() : Optional.of(form), names.caseFix(w), w);
                checked++;
            }
        }
        assertTrue(checked > 50_000, "checked " + checked);
    }
}
