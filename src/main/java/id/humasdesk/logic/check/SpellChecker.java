package id.humasdesk.logic.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Indonesian spelling: Lucene's Hunspell over Debian's hunspell-id data, the project word list,
 * the office word list and a fallback for derived words the data lacks (see {@link Morphology}).
 *
 * <p>Loading takes a few hundred milliseconds, so it happens once, on first use or when
 * {@link #load()} is called from a background thread; every method is safe to call from several
 * threads. Verdicts are cached per word because an editor checks the same words over and over.
 */
public final class SpellChecker {
    static final String RESOURCES = "/id/humasdesk/dictionaries/";
    static final int MAX_SUGGESTIONS = 8;
    private static final Logger LOG = Logger.getLogger(SpellChecker.class.getName());
    private static final int CACHE_LIMIT = 50_000;
    private static final int MIN_NEAR_MISS_LENGTH = 4;
    private static final int MIN_NAME_CASE_FIX = 6;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    private static final long FALLBACK_TIME_LIMIT_MS = 60;

    private final Lazy<Engine> engine;
    private final Lexicon project;
    /** Places and given names, then given names alone; read on first use, off the UI thread. */
    private final Lazy<NameList[]> nameLists;
    /** Built on the first suggestion (its deletion index takes a moment), not at start-up. */
    private final Lazy<Suggester> suggester;
    private final java.util.Set<String> frequentSet;
    /** Common English words, read on first use: only to tell an English phrase from a misspelling. */
    private final Lazy<Set<String>> english;
    private volatile Lexicon office = Lexicon.EMPTY;
    private final Morphology morphology = new Morphology(this::knownAsIs);
    /** The same affix rules over the plain list of dictionary entries: no Hunspell call, microseconds. */
    private final Morphology entryMorphology = new Morphology(this::listedEntry);
    // Replaced, not cleared, when the word lists change: a check still running with the old lists
    // then writes into a map nobody reads any more instead of leaving a stale verdict behind.
    private volatile Map<String, Boolean> verdicts = new ConcurrentHashMap<>();
    private volatile Map<String, Optional<String>> nearMisses = new ConcurrentHashMap<>();
    private volatile Map<String, Optional<String>> nearFrequent = new ConcurrentHashMap<>();

    SpellChecker(Supplier<Engine> loader, Lexicon project) {
        this(loader, project, () -> new NameList[] {NameList.EMPTY, NameList.EMPTY}, List.of());
    }

    SpellChecker(Supplier<Engine> loader, Lexicon project, Supplier<NameList[]> names, List<String> frequent) {
        this(loader, project, names, frequent, Set::of);
    }

    SpellChecker(Supplier<Engine> loader, Lexicon project, Supplier<NameList[]> names, List<String> frequent,
            Supplier<Set<String>> englishWords) {
        this.english = new Lazy<>(englishWords);
        this.engine = new Lazy<>(loader);
        this.project = project;
        this.nameLists = new Lazy<>(names);
        List<String> words = List.copyOf(frequent);
        this.suggester = new Lazy<>(() -> new Suggester(words));
        this.frequentSet = java.util.Set.copyOf(frequent);
    }

    /** The dictionary, word lists, gazetteer, given names and frequency list shipped in the jar. */
    public static SpellChecker fromClasspath() {
        return new SpellChecker(() -> Engine.load(RESOURCES + "id_ID.aff", RESOURCES + "id_ID.dic"),
                new Lexicon(Lexicon.readList(resource(RESOURCES + "humasdesk-words.txt"))), () -> {
                    NameList given = new NameList(Lexicon.readList(resource(RESOURCES + "given-names-id.txt")));
                    NameList places = new NameList(Lexicon.readList(resource(RESOURCES + "gazetteer-id.txt")));
                    return new NameList[] {places.plus(given), given};
                }, Lexicon.readList(resource(RESOURCES + "word-frequency-id.txt")),
                () -> Set.copyOf(Lexicon.readList(resource(RESOURCES + "english-words.txt"))));
    }

    static InputStream resource(String name) {
        InputStream in = SpellChecker.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return in;
    }

    /**
     * Loads the dictionary, name lists and suggestion index now (once). Call it off the UI thread;
     * later calls return at once.
     */
    public void load() {
        engine();
        names();
        suggester();
        english.get();
    }

    private NameList[] names() {
        return nameLists.get();
    }

    public boolean isLoaded() {
        return engine.isLoaded();
    }

    /** Replaces the office word list (after it was read or changed). */
    public void setOfficeWords(Collection<String> words) {
        office = new Lexicon(words);
        clearCaches();
    }

    /** Forgets cached verdicts; only benchmarks and word-list changes need this. */
    public void clearCaches() {
        verdicts = new ConcurrentHashMap<>();
        nearMisses = new ConcurrentHashMap<>();
        nearFrequent = new ConcurrentHashMap<>();
    }

    /** Whether the word is spelled correctly as written, case included. */
    public boolean isCorrect(String word) {
        Map<String, Boolean> cache = verdicts;
        Boolean cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        boolean ok = decide(word.replace('’', '\''));
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, ok);
        return ok;
    }

    private boolean decide(String word) {
        if (engine().hunspell.spell(word) || inWordLists(word) || isName(word)) {
            return true;
        }
        String lower = Words.lower(word);
        boolean caseFree = Words.isLowerCase(word) || Words.isAllCaps(word)
                || Words.isCapitalised(word) && Words.isLowerCase(word.substring(1));
        if (caseFree && morphology.derivable(lower)) {
            return true;
        }
        int dash = word.indexOf('-');
        if (dash > 0 && dash < word.length() - 1) {
            return hyphenated(word, dash);
        }
        return false;
    }

    /** "kerja-kerja", "sebaik-baiknya", and a bound form before a name: "se-Indonesia", "non-ASN". */
    private boolean hyphenated(String word, int dash) {
        String head = Words.lower(word.substring(0, dash));
        String tail = word.substring(dash + 1);
        if ((head.equals("se") || Morphology.BOUND_FORMS.contains(head))
                && (Words.isCapitalised(tail) || Words.isAllCaps(tail)) && (isCorrect(tail) || Words.isAllCaps(tail))) {
            return true;
        }
        for (String part : word.split("-")) {
            if (part.isEmpty() || !isCorrect(part)) {
                return false;
            }
        }
        return true;
    }

    boolean inWordLists(String word) {
        return project.accepts(word) || office.accepts(word);
    }

    /** A capitalised place name from the gazetteer or a common given name ("Cibeber", "Dimas"). */
    boolean isName(String word) {
        return Words.isCapitalised(word) && names()[0].accepts(word);
    }

    /** Whether a word, in any case, is a common English word ("award", "harmony"). */
    boolean isEnglish(String word) {
        return english.get().contains(Words.lower(word));
    }

    private Suggester suggester() {
        return suggester.get();
    }

    /**
     * A frequent word one edit away ("Persedian" is near "persediaan"): a strong sign of a typing
     * slip rather than a name. Empty when there is none.
     */
    Optional<String> nearFrequentWord(String word) {
        return oneEditAway(word, nearFrequent, candidates -> candidates.stream()
                .filter(c -> frequentSet.contains(c) && knownAsIs(c)).findFirst());
    }

    /**
     * The first of the one-edit candidates of {@code word} that {@code pick} chooses, remembered in
     * {@code cache} (read once: the field is replaced, not cleared, when the word lists change).
     */
    private Optional<String> oneEditAway(String word, Map<String, Optional<String>> cache,
            java.util.function.Function<List<String>, Optional<String>> pick) {
        String lower = Words.lower(word);
        if (lower.length() < MIN_NEAR_MISS_LENGTH) {
            return Optional.empty();
        }
        Optional<String> cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        Optional<String> found = pick.apply(edits(lower));
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(lower, found);
        return found;
    }

    /** Whether a lower-case word is a given name of the names list ("setiawan"). */
    boolean isGivenNameLower(String lower) {
        return !lower.isEmpty() && names()[1].accepts(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }

    /** Hunspell alone, as written: used by the house-style rules to tell real words. */
    boolean inDictionary(String word) {
        return engine().hunspell.spell(word);
    }

    /** A lower-case word known as it stands (dictionary or word list), without affix guessing. */
    boolean knownAsIs(String lower) {
        return engine().hunspell.spell(lower) || project.accepts(lower) || office.accepts(lower);
    }

    private boolean listedEntry(String lower) {
        return engine().roots.contains(lower) || project.containsLower(lower) || office.containsLower(lower);
    }

    boolean derivable(String lower) {
        return morphology.derivable(lower);
    }

    boolean hasActiveForm(String lowerBase) {
        return morphology.hasActiveForm(lowerBase);
    }

    /** The listed spelling when only the case is wrong ("bawaslu" gives "Bawaslu"). */
    Optional<String> caseFix(String word) {
        Optional<String> fix = project.caseFix(word);
        if (fix.isEmpty()) {
            fix = office.caseFix(word);
        }
        if (fix.isEmpty() && Words.isLowerCase(word) && word.length() >= MIN_NAME_CASE_FIX
                && nearFrequentWord(word).isEmpty()) {
            // a place or given name written in lower case ("bumiaji" gives "Bumiaji"), unless the
            // word is more likely a slip of a common word
            fix = names()[0].caseFix(word);
        }
        return fix;
    }

    /** A lower-case word list entry or dictionary word, with its listed capitalisation. */
    Optional<String> listedForm(String lower) {
        Optional<String> p = project.listed(lower);
        return p.isPresent() ? p : office.listed(lower);
    }

    /**
     * A known word one edit (a letter missing, extra, wrong or two swapped) away, looked up in the
     * list of dictionary entries and through the affix rules, without calling Hunspell: about a
     * millisecond. Tells a mistyped word ("Kosolidasi") from a name nobody listed ("Apriyanto").
     */
    Optional<String> nearMiss(String word) {
        return oneEditAway(word, nearMisses, candidates -> {
            Engine e = engine();
            Optional<String> listed = candidates.stream()
                    .filter(c -> e.roots.contains(c) || project.containsLower(c) || office.containsLower(c)).findFirst();
            return listed.isPresent() ? listed : candidates.stream().filter(entryMorphology::derivable).findFirst();
        });
    }

    /**
     * Corrections, best first, in the writer's capitalisation (see {@link Suggester}). A few
     * milliseconds; Hunspell is asked (at most {@value #FALLBACK_TIME_LIMIT_MS} ms) only when no
     * known word is near. Call it off the UI thread.
     */
    public List<String> suggest(String word) {
        Engine e = engine();
        List<String> raw = new ArrayList<>();
        caseFix(word).ifPresent(raw::add);
        String lower = Words.lower(word);
        KataBaku kb = kataBaku;
        List<String> ranked = suggester().suggest(lower, this::listedEntry, this::knownLower, this::isCorrect,
                c -> office.containsLower(c), c -> kb == null ? null : kb.standardOf(c).orElse(null),
                c -> hunspellSuggestions(e, c), MAX_SUGGESTIONS);
        for (String c : ranked) {
            Optional<String> listed = c.indexOf(' ') < 0 ? listedForm(c) : Optional.empty();
            raw.add(listed.orElse(c));
        }
        return SuggestionRanker.keepOrder(word, raw, this::isCorrect, MAX_SUGGESTIONS);
    }

    /** Used by the suggester: lists, dictionary entries and affix rules, no Hunspell call. */
    private boolean knownLower(String lower) {
        return engine().roots.contains(lower) || project.containsLower(lower) || office.containsLower(lower)
                || entryMorphology.derivable(lower);
    }

    private static List<String> hunspellSuggestions(Engine e, String lower) {
        try {
            return e.hunspell.suggest(lower, FALLBACK_TIME_LIMIT_MS);
        } catch (RuntimeException ex) {
            LOG.fine(() -> "No suggestions for " + lower + ": " + ex);
            return List.of();
        }
    }

    private volatile KataBaku kataBaku;

    /** The kata baku table, so that suggestions never advise a non-standard form. */
    void useKataBaku(KataBaku table) {
        this.kataBaku = table;
    }

    /** Every string one edit away from a lower-case word, most likely mistakes first. */
    static List<String> edits(String w) {
        Set<String> out = new LinkedHashSet<>();
        int n = w.length();
        for (int i = 0; i <= n; i++) {
            for (int k = 0; k < ALPHABET.length(); k++) {
                out.add(w.substring(0, i) + ALPHABET.charAt(k) + w.substring(i));
            }
        }
        for (int i = 0; i < n; i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
            if (i + 1 < n) {
                out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
            }
            for (int k = 0; k < ALPHABET.length(); k++) {
                out.add(w.substring(0, i) + ALPHABET.charAt(k) + w.substring(i + 1));
            }
        }
        out.remove(w);
        return new ArrayList<>(out);
    }

    private Engine engine() {
        return engine.get();
    }

    /** The loaded dictionary and the lower-case list of its entries. */
    static final class Engine {
        final Hunspell hunspell;
        final Set<String> roots;

        Engine(Hunspell hunspell, Set<String> roots) {
            this.hunspell = hunspell;
            this.roots = roots;
        }

        static Engine load(String aff, String dic) {
            long start = System.nanoTime();
            try (InputStream a = resource(aff); InputStream d = resource(dic);
                    ByteBuffersDirectory tmp = new ByteBuffersDirectory()) {
                // The .aff names its encoding (SET ISO8859-1); Lucene decodes both files with it.
                Dictionary dictionary = new Dictionary(tmp, "hunspell", a, d);
                Hunspell h = new Hunspell(dictionary, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> { });
                Engine e = new Engine(h, readRoots(dic));
                LOG.info(() -> "Dictionary loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                return e;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } catch (ParseException ex) {
                throw new IllegalStateException("Unreadable dictionary " + aff, ex);
            }
        }

        private static Set<String> readRoots(String dic) throws IOException {
            Set<String> roots = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(dic),
                    StandardCharsets.ISO_8859_1))) {
                r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int slash = line.indexOf('/');
                    String word = (slash < 0 ? line : line.substring(0, slash)).strip();
                    if (!word.isEmpty()) {
                        roots.add(Words.lower(word));
                    }
                }
            }
            return Set.copyOf(roots);
        }
    }
}
