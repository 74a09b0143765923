package id.humasdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suggester's compact deletion index (decision 0403) finds the same nearby words as the maps
 * of deletion strings it replaced, over the shipped frequency list and typing mistakes of every
 * kind, so the writer gets the same suggestions from a tenth of the memory.
 */
class SpellingDeletionIndexTest {
    private static List<String> frequent;
    private static Suggester suggester;
    private static Map<String, List<String>> oldDeletes;
    private static Map<String, List<String>> oldDeletes2;

    @BeforeAll
    static void load() {
        frequent = Lexicon.readList(SpellChecker.resource(SpellChecker.RESOURCES + "word-frequency-id.txt"));
        suggester = new Suggester(frequent);
        // the maps as they were built before
        oldDeletes = new HashMap<>();
        oldDeletes2 = new HashMap<>();
        for (String w : new LinkedHashSet<>(frequent)) {
            if (w.length() >= 3) {
                for (String d : deletions(w)) {
                    oldDeletes.computeIfAbsent(d, k -> new ArrayList<>()).add(w);
                }
                oldDeletes.computeIfAbsent(w, k -> new ArrayList<>()).add(w);
            }
        }
        for (int i = 0; i < Math.min(1500, frequent.size()); i++) {
            String w = frequent.get(i);
            if (w.length() >= 5) {
                for (String d1 : deletions(w)) {
                    for (String d2 : deletions(d1)) {
                        oldDeletes2.computeIfAbsent(d2, k -> new ArrayList<>()).add(w);
                    }
                }
            }
        }
    }

    private static Set<String> deletions(String w) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }

    private static Set<String> oldNear(String lower) {
        Set<String> near = new HashSet<>(oldDeletes.getOrDefault(lower, List.of()));
        for (String d : deletions(lower)) {
            near.addAll(oldDeletes.getOrDefault(d, List.of()));
        }
        near.addAll(oldDeletes2.getOrDefault(lower, List.of()));
        return near;
    }

    @Test
    void theNearbyWordsOfEveryKindOfSlipAreTheSameAsWithTheMaps() {
        Random random = new Random(16);
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < frequent.size(); i += 7) {
            String w = frequent.get(i);
            typed.add(w);
            if (w.length() < 3) {
                continue;
            }
            int p = random.nextInt(w.length() - 1);
            typed.add(w.substring(0, p) + w.substring(p + 1)); // a letter left out
            typed.add(w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2)); // swapped
            typed.add(w.substring(0, p) + w.charAt(p) + w.substring(p)); // doubled
            typed.add(w.substring(0, p) + (char) ('a' + random.nextInt(26)) + w.substring(p + 1)); // wrong key
            typed.add(w.substring(1) + w.charAt(0)); // first letter moved to the end
            if (w.length() >= 5) {
                typed.add(w.substring(0, p) + w.substring(p + 2)); // two letters left out
            }
        }
        typed.addAll(List.of("sbgai", "pemilu", "pmeilu", "pengawsan", "bawslu", "kecamtan", "x", "", "qqqqq"));
        int withNeighbours = 0;
        for (String t : typed) {
            Set<String> expected = oldNear(t);
            assertEquals(expected, new HashSet<>(suggester.near(t)), () -> "near words of '" + t + "'");
            if (!expected.isEmpty()) {
                withNeighbours++;
            }
        }
        assertTrue(withNeighbours > typed.size() / 2, "most slips have neighbours: " + withNeighbours + " of " + typed.size());
    }

    @Test
    void aWordTwoLettersShortFindsTheFrequentWord() {
        assertTrue(suggester.near("sbgai").contains("sebagai"));
    }
}
