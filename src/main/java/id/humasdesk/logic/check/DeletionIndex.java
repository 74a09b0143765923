package id.humasdesk.logic.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which words become a given string when some of their letters are removed ("sebagai" becomes
 * "sbgai" with two removed), for the suggester's symmetric-delete lookup. It stores no deletion
 * strings: each entry is one {@code long}, the deletion's hash in the high half and the word's
 * number in the low half, sorted. A lookup finds the entries of the string's hash by binary search
 * and keeps the words the string really is a deletion of (a hash can be shared). About 8 bytes an
 * entry, where a map of deletion strings to lists of words took about 120 (decision 0403).
 */
final class DeletionIndex {
    private final String[] words;
    private final long[] entries;
    private final int minRemoved;
    private final int maxRemoved;

    /**
     * @param words      the words, distinct
     * @param minRemoved the fewest letters removed (0: a word is found by itself too)
     * @param maxRemoved the most letters removed
     */
    DeletionIndex(List<String> words, int minRemoved, int maxRemoved) {
        this.words = words.toArray(String[]::new);
        this.minRemoved = minRemoved;
        this.maxRemoved = maxRemoved;
        long[] all = new long[Math.max(16, this.words.length * 8)];
        int n = 0;
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < this.words.length; i++) {
            keys.clear();
            collect(this.words[i], 0, keys);
            for (String k : keys) {
                if (n == all.length) {
                    all = Arrays.copyOf(all, all.length * 2);
                }
                all[n++] = entry(k.hashCode(), i);
            }
        }
        Arrays.sort(all, 0, n);
        this.entries = Arrays.copyOf(all, n);
    }

    /** Every string made from {@code s} by removing between minRemoved and maxRemoved letters (counting {@code removed} already). */
    private void collect(String s, int removed, Set<String> out) {
        if (removed >= minRemoved) {
            out.add(s);
        }
        if (removed < maxRemoved) {
            for (int i = 0; i < s.length(); i++) {
                collect(s.substring(0, i) + s.substring(i + 1), removed + 1, out);
            }
        }
    }

    private static long entry(int hash, int word) {
        return (long) hash << 32 | word;
    }

    /** The words that become {@code key} with between minRemoved and maxRemoved letters removed, in list order. */
    List<String> wordsFor(String key) {
        int hash = key.hashCode();
        int i = Arrays.binarySearch(entries, entry(hash, 0));
        if (i < 0) {
            i = -i - 1;
        }
        List<String> out = new ArrayList<>(2);
        for (; i < entries.length && (int) (entries[i] >> 32) == hash; i++) {
            String w = words[(int) entries[i]];
            int removed = w.length() - key.length();
            if (removed >= minRemoved && removed <= maxRemoved && isSubsequence(key, w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether {@code part} is {@code whole} with some letters left out, keeping their order. */
    private static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length();
    }

    int size() {
        return entries.length;
    }
}
