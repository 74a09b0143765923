package id.humasdesk.logic.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Corrections for a misspelled word, ranked the way an Indonesian writer mistypes. Candidates come
 * from one edit against every known word (dictionary entries, word lists, derived forms), two
 * edits against the frequent words (a deletion index, no Hunspell call), splits of run-together
 * words ("pembuatanlaporan") and, when nothing else fits, Hunspell. Each candidate costs its
 * Indonesian-aware edit cost (keyboard neighbours, a dropped or doubled letter, k/q/kh, f/p/v, b/p, d/t, e/i,
 * o/u) minus a bonus for how often the word is written; the office's own words get a bonus too.
 */
final class Suggester {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";
    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final double FREQUENCY_WEIGHT = 0.8;
    /** A word known only through the affix rules ("kegusahan") is a weaker guess than a listed one. */
    private static final double DERIVED_ONLY = 0.4;
    private static final double REDUPLICATION = 0.3;
    private static final double OFFICE_BONUS = 0.3;
    private static final double SPLIT_COST = 0.5;
    private static final double OTHER_FIRST_LETTER = 0.4;
    private static final double HUNSPELL_COST = 0.5;
    private static final int MIN_SPLIT_PART = 2;

    private final Map<String, Integer> rank;
    /** Every known word of three letters or more, by itself and by every form with one letter removed. */
    private final DeletionIndex deletes;
    /** The most frequent words by every form with two letters removed ("sbgai" finds "sebagai"). */
    private final DeletionIndex deletes2;
    private static final int TWO_DELETIONS_TOP = 1500;
    private final double logSize;

    /** @param frequent lower-case words, most frequent first */
    Suggester(List<String> frequent) {
        this.rank = new HashMap<>();
        for (int i = 0; i < frequent.size(); i++) {
            rank.putIfAbsent(frequent.get(i), i);
        }
        Set<String> three = new LinkedHashSet<>();
        for (String w : frequent) {
            if (w.length() >= 3) {
                three.add(w);
            }
        }
        this.deletes = new DeletionIndex(List.copyOf(three), 0, 1);
        Set<String> top = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(TWO_DELETIONS_TOP, frequent.size()); i++) {
            String w = frequent.get(i);
            if (w.length() >= 5) {
                top.add(w);
            }
        }
        this.deletes2 = new DeletionIndex(List.copyOf(top), 2, 2);
        this.logSize = Math.log(rank.size() + 1.0);
    }

    /** How common a word is, 1 for the most frequent, 0 for a word not in the list. */
    double frequency(String lower) {
        Integer r = rank.get(lower);
        return r == null ? 0 : 1 - Math.log(r + 1.0) / logSize;
    }

    boolean isFrequent(String lower) {
        return rank.containsKey(lower);
    }

    /**
     * Ranked lower-case candidates for a lower-case word.
     *
     * @param known     whether a lower-case string is a word as it stands (cheap: no Hunspell)
     * @param correct   whether a string is spelled correctly (may ask Hunspell; results are cached)
     * @param office    whether a lower-case word is one of the office's own
     * @param standard  the standard form of a non-standard word, if any
     * @param fallback  Hunspell's suggestions, asked only when nothing else was found
     */
    List<String> suggest(String lower, Predicate<String> listed, Predicate<String> known, Predicate<String> correct,
            Predicate<String> office, Function<String, String> standard, Function<String, List<String>> fallback,
            int max) {
        Map<String, Double> cost = new HashMap<>();
        for (String c : edits(lower)) {
            if (listed.test(c) || isFrequent(c) && correct.test(c)) {
                offer(cost, c, editCost(lower, c));
            } else if (known.test(c)) {
                offer(cost, c, editCost(lower, c) + DERIVED_ONLY);
            }
        }
        if (lower.length() >= 6) {
            // two letters too many ("melakukukan"): delete twice, keep what is a listed or frequent word
            for (String d1 : deletions(lower)) {
                for (String d2 : deletions(d1)) {
                    if (!cost.containsKey(d2) && (isFrequent(d2) || listed.test(d2)) && correct.test(d2)) {
                        offer(cost, d2, editCost(lower, d2));
                    }
                }
            }
        }
        String twice = lower + "-" + lower;
        if (correct.test(twice)) {
            offer(cost, twice, REDUPLICATION);
        }
        for (String c : near(lower)) {
            if (!c.equals(lower) && !cost.containsKey(c) && correct.test(c)) {
                offer(cost, c, editCost(lower, c));
            }
        }
        splits(lower, listed, correct, standard, cost);
        if (cost.isEmpty()) {
            for (String c : fallback.apply(lower)) {
                String cl = Words.lower(c);
                if (!cl.equals(lower)) {
                    offer(cost, cl, editCost(lower, cl) + HUNSPELL_COST);
                }
            }
        }
        Map<String, Double> score = new HashMap<>();
        cost.forEach((c, v) -> {
            double s = v - FREQUENCY_WEIGHT * frequency(c) - (office.test(c) ? OFFICE_BONUS : 0);
            if (!c.isEmpty() && !lower.isEmpty() && c.charAt(0) != lower.charAt(0)) {
                s += OTHER_FIRST_LETTER;
            }
            String std = standard.apply(c);
            if (std != null) {
                // A non-standard word is never the best advice: offer its standard form instead.
                score.merge(std, s, Math::min);
            } else {
                score.merge(c, s, Math::min);
            }
        });
        List<String> out = new ArrayList<>(score.keySet());
        out.sort(Comparator.comparingDouble((String c) -> score.get(c)).thenComparing(c -> c));
        return out.subList(0, Math.min(max, out.size()));
    }

    /**
     * The known words that share a one-letter deletion with the typed word, or are the typed word
     * with one letter added or removed, and the frequent words with two letters more.
     */
    Set<String> near(String lower) {
        Set<String> near = new LinkedHashSet<>(deletes.wordsFor(lower));
        for (String d : deletions(lower)) {
            near.addAll(deletes.wordsFor(d));
        }
        near.addAll(deletes2.wordsFor(lower));
        return near;
    }

    private static void offer(Map<String, Double> cost, String c, double v) {
        cost.merge(c, v, Math::min);
    }

    /** "pembuatanlaporan" gives "pembuatan laporan"; parts that are non-standard get their standard form. */
    private void splits(String w, Predicate<String> listed, Predicate<String> correct,
            Function<String, String> standard, Map<String, Double> cost) {
        for (int i = MIN_SPLIT_PART; i <= w.length() - MIN_SPLIT_PART; i++) {
            String a = w.substring(0, i);
            String b = w.substring(i);
            String sa = standard.apply(a);
            String sb = standard.apply(b);
            if (part(a, sa, listed, correct) && part(b, sb, listed, correct)) {
                double rarity = 2 - frequency(a) - frequency(b);
                double guessed = (listed.test(a) || isFrequent(a) || sa != null ? 0 : DERIVED_ONLY)
                        + (listed.test(b) || isFrequent(b) || sb != null ? 0 : DERIVED_ONLY);
                offer(cost, (sa == null ? a : sa) + " " + (sb == null ? b : sb), SPLIT_COST + 0.3 * rarity + guessed);
            }
        }
    }

    /** A part of a split: a frequent or listed word (not a mere affix guess), or a known non-standard form. */
    private boolean part(String p, String standardForm, Predicate<String> listed, Predicate<String> correct) {
        if (standardForm != null) {
            return true;
        }
        return (isFrequent(p) || listed.test(p) && p.length() >= 3 || p.length() >= 6) && correct.test(p);
    }

    /** Every string one edit away, most likely mistakes first. */
    static Set<String> edits(String w) {
        Set<String> out = new LinkedHashSet<>();
        int n = w.length();
        for (int i = 0; i < n; i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
            if (i + 1 < n) {
                out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
            }
        }
        for (int i = 0; i <= n; i++) {
            for (int k = 0; k < ALPHABET.length(); k++) {
                out.add(w.substring(0, i) + ALPHABET.charAt(k) + w.substring(i));
                if (i < n) {
                    out.add(w.substring(0, i) + ALPHABET.charAt(k) + w.substring(i + 1));
                }
            }
        }
        out.remove(w);
        return out;
    }

    private static Set<String> deletions(String w) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }

    /**
     * Weighted optimal-string-alignment distance from the typed word to a candidate: cheap for the
     * slips Indonesian writers make, 1 for anything else.
     */
    static double editCost(String typed, String candidate) {
        String a = typed;
        String b = candidate;
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double sub = x == y ? 0 : substitution(x, y);
                // a letter the writer typed too many: cheaper when it doubles its neighbour
                double del = x == b.charAt(j - 1) || i > 1 && x == a.charAt(i - 2) ? 0.4 : 0.8;
                // a letter the writer left out: cheaper when it doubles its neighbour or is the h of kh/sy/ng
                double ins = j > 1 && y == b.charAt(j - 2) || y == 'h' && j > 1 && "kstcgd".indexOf(b.charAt(j - 2)) >= 0
                        ? 0.4 : j == b.length() && i == a.length() ? 0.5 : 0.7;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + del, d[i][j - 1] + ins), d[i - 1][j - 1] + sub);
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 0.6);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static double substitution(char x, char y) {
        if (pair(x, y, "ei") || pair(x, y, "ou") || pair(x, y, "kq") || pair(x, y, "fp") || pair(x, y, "fv")
                || pair(x, y, "pv") || pair(x, y, "ck") || pair(x, y, "sz") || pair(x, y, "jz") || pair(x, y, "iy")
                || pair(x, y, "ae") || pair(x, y, "bp") || pair(x, y, "dt")) {
            return 0.5;
        }
        return adjacentKeys(x, y) ? 0.6 : 1.0;
    }

    private static boolean pair(char x, char y, String p) {
        return x == p.charAt(0) && y == p.charAt(1) || x == p.charAt(1) && y == p.charAt(0);
    }

    private static boolean adjacentKeys(char x, char y) {
        for (int r = 0; r < KEYBOARD.length; r++) {
            int i = KEYBOARD[r].indexOf(x);
            if (i < 0) {
                continue;
            }
            for (int r2 = Math.max(0, r - 1); r2 <= Math.min(KEYBOARD.length - 1, r + 1); r2++) {
                int j = KEYBOARD[r2].indexOf(y);
                if (j >= 0 && Math.abs(i - j) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
