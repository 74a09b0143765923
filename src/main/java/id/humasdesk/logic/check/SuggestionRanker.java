package id.humasdesk.logic.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Orders correction candidates the way a writer expects: the fewest edits first (a missing
 * letter beats a different word that happens to share letters), a fix of case only before
 * anything else, splits into two words last. Among equals, the one that keeps more of the
 * word's beginning wins ("lancer" gives "lancar" before "loncer"), then Hunspell's own order. The winner
 * takes the writer's capitalisation, so "Kosolidasi" gets "Konsolidasi".
 */
final class SuggestionRanker {
    private static final double SPLIT_PENALTY = 1.5;
    private static final double OTHER_FIRST_LETTER_PENALTY = 0.5;

    private SuggestionRanker() {
    }

    static List<String> rank(String word, List<String> candidates, Predicate<String> correct, int max) {
        String lower = Words.lower(word);
        List<Scored> scored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            String c = candidates.get(i);
            if (c == null || c.isBlank()) {
                continue;
            }
            String shown = Words.matchCase(word, c);
            if (!shown.equals(c) && !correct.test(shown)) {
                shown = c;
            }
            if (shown.equals(word) || !seen.add(shown)) {
                continue;
            }
            String cl = Words.lower(c);
            double score = 0;
            if (!cl.equals(lower)) {
                score = distance(lower, cl);
                if (splits(word, c)) {
                    score += SPLIT_PENALTY;
                }
                if (cl.charAt(0) != lower.charAt(0)) {
                    score += OTHER_FIRST_LETTER_PENALTY;
                }
            }
            scored.add(new Scored(shown, score, commonPrefix(lower, cl), i));
        }
        scored.sort(Comparator.comparingDouble(Scored::score)
                .thenComparing(Comparator.comparingInt(Scored::prefix).reversed())
                .thenComparingInt(Scored::order));
        return scored.stream().limit(max).map(Scored::text).toList();
    }

    /**
     * Candidates already ranked best first, in the writer's capitalisation, without duplicates or
     * the word itself.
     */
    static List<String> keepOrder(String word, List<String> candidates, Predicate<String> correct, int max) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String shown = Words.matchCase(word, c);
            if (!shown.equals(c) && c.indexOf(' ') < 0 && !correct.test(shown)) {
                shown = c;
            }
            if (!shown.equals(word) && seen.add(shown)) {
                out.add(shown);
            }
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    private static boolean splits(String word, String candidate) {
        return candidate.indexOf(' ') >= 0 && word.indexOf(' ') < 0
                || candidate.indexOf('-') >= 0 && word.indexOf('-') < 0;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Typing slips happen later in a word more often than in its first letters. */
    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private record Scored(String text, double score, int prefix, int order) {
    }
}
