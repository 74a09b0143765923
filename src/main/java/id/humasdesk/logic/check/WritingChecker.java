package id.humasdesk.logic.check;

import id.humasdesk.model.ReleaseContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one entry point the editor, the checklist and the {@code check} command use: finds
 * misspelled words, non-standard forms and house-style slips in a text or in every field of a
 * release. Checking is fast once the dictionary is loaded (see {@link #load()}); suggestions for
 * misspelled words are slow and computed only by {@link #withSuggestions(Finding)}. Safe to use
 * from several threads.
 *
 * <p>Names: a capitalised word the dictionaries do not know is taken for a name unless it is one
 * letter away from a known word and stands among ordinary words ("Kosolidasi" is flagged,
 * "Apriyanto Kurniawan" is not). Names in the release's structured fields and in the office word
 * list are always accepted.
 */
public final class WritingChecker {
    static final String KEY_SPELLING = "check.finding.spelling";
    static final String KEY_CASE = "check.finding.case";
    static final String KEY_NONSTANDARD = "check.finding.nonstandard";
    static final String KEY_DI_JOINED = "check.finding.prepositionApart";
    static final String KEY_DI_SPLIT = "check.finding.prefixJoined";
    static final String KEY_PUN = "check.finding.punApart";
    static final String KEY_OFFICE = "check.finding.officeName";
    static final String KEY_FOREIGN = "check.finding.foreign";
    static final String KEY_SE = "check.finding.seJoined";
    static final String KEY_JOINED_WORDS = "check.finding.wordsJoined";
    /** "S.Pd", "M.Si": the short part of an academic degree or title, after a full stop without space. */
    private static final int MAX_ABBREVIATION_PART = 4;
    /** "(rakor)", "(pantarlih)": a short form the text defines; known for the rest of the text. */
    private static final java.util.regex.Pattern DEFINED = java.util.regex.Pattern.compile(
            "\\(([\\p{L}][\\p{L}-]{1,14})\\)");
    private static final int MIN_FLAGGED_NAME_LENGTH = 7;
    private static final int MAX_ACRONYM_FOR_KATA_BAKU = 3;
    /** A lower-case unknown word this long next to a capitalised one may be a surname. */
    private static final int MIN_LOWER_SURNAME = 4;
    private static final String WARM_UP = "Bawaslu Kabupaten Kaur menggelar rapat koordinasi pengawasan tahapan "
            + "kampanye di aula kantor pada Senin. Kegiatan ini diikuti pengawas kecamatan, tokoh masyarakat, dan "
            + "awak media. Kosolidasi dikantor di laksanakan dengan efektifitas Apriyanto Kurniawan.";

    private final SpellChecker spelling;
    private final KataBaku kataBaku;
    private final ForeignTerms foreign;
    private final Prepositions prepositions;
    private final Map<String, Optional<OfficeNameRule>> officeRules = new ConcurrentHashMap<>();

    public WritingChecker(SpellChecker spelling, KataBaku kataBaku) {
        this(spelling, kataBaku, new ForeignTerms(Map.of()));
    }

    public WritingChecker(SpellChecker spelling, KataBaku kataBaku, ForeignTerms foreign) {
        this.spelling = spelling;
        this.kataBaku = kataBaku;
        this.foreign = foreign;
        spelling.useKataBaku(kataBaku);
        this.prepositions = new Prepositions(spelling);
    }

    /** The dictionary, word lists, kata baku and foreign-term tables shipped in the application. */
    public static WritingChecker fromClasspath() {
        return new WritingChecker(SpellChecker.fromClasspath(), KataBaku.fromClasspath(), ForeignTerms.fromClasspath());
    }

    public SpellChecker spelling() {
        return spelling;
    }

    public KataBaku kataBaku() {
        return kataBaku;
    }

    /**
     * Loads the dictionary (once, 0.2-1 s) and runs one small check so that the first real check,
     * typically while the user types, does not pay for the JVM's warm-up. Call it from a
     * background thread at start-up.
     */
    public void load() {
        if (!spelling.isLoaded()) {
            spelling.load();
            checkText(CheckField.TEXT, 0, WARM_UP, CheckContext.none());
            spelling.clearCaches();
        }
    }

    /** Every finding in every checked field of a release, in reading order. */
    public List<Finding> check(ReleaseContent c, CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        out.addAll(checkText(CheckField.HEADLINE, 0, c.headline(), ctx));
        out.addAll(checkText(CheckField.SUBHEADLINE, 0, c.subheadline(), ctx));
        out.addAll(checkText(CheckField.DATELINE, 0, c.datelinePlace(), ctx));
        out.addAll(checkText(CheckField.LEAD, 0, c.lead(), ctx));
        out.addAll(checkText(CheckField.BODY, 0, c.bodyText(), ctx));
        for (int i = 0; i < c.narasumber().size(); i++) {
            out.addAll(checkText(CheckField.NARASUMBER_TITLE, i, c.narasumber().get(i).title(), ctx));
            out.addAll(checkText(CheckField.NARASUMBER_TOPIC, i, c.narasumber().get(i).topic(), ctx));
        }
        for (int i = 0; i < c.photos().size(); i++) {
            out.addAll(checkText(CheckField.PHOTO_CAPTION, i, c.photos().get(i).caption(), ctx));
        }
        out.addAll(checkText(CheckField.CLOSING, 0, c.closing(), ctx));
        return out;
    }

    /** Findings in one text; offsets count from its first character. */
    public List<Finding> checkText(CheckField field, int item, String text, CheckContext ctx) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Lexicon names = new Lexicon(withDefinedShortForms(ctx.names(), text));
        List<Token> tokens = Tokenizer.words(text);
        List<Raw> raw = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        officeName(text, tokens, ctx, raw, covered);
        foreignPhrases(text, tokens, ctx, raw, covered);
        splitPrefixes(text, tokens, ctx, raw, covered);
        standaloneSe(text, tokens, ctx, raw, covered);
        Status[] status = new Status[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered[i]) {
                status[i] = word(tokens.get(i), ctx, names, raw, text, titleContext(text, tokens, i));
            }
        }
        englishPhrases(text, tokens, status, raw);
        lowerNonstandardInsideNames(text, tokens, status, raw);
        java.util.Set<String> introduced = namesIntroducedInFull(tokens, status, text);
        for (int i = 0; i < tokens.size(); i++) {
            if (status[i] == Status.UNKNOWN && englishWord(tokens.get(i))) {
                // "server", "stressing": an English word no common Indonesian word is near is a foreign
                // term (a house-style finding without a replacement), not a misspelling
                Token t = tokens.get(i);
                raw.add(new Raw(t.start(), t.end(), FindingKind.STYLE, List.of(), KEY_FOREIGN));
                status[i] = Status.FLAGGED;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (status[i] == Status.UNKNOWN && !introduced.contains(tokens.get(i).text())
                    && !looksLikeName(tokens, status, i, text)) {
                Token t = tokens.get(i);
                Optional<String> caseFix = spelling.caseFix(t.text());
                Confidence c = caseFix.isPresent() || !t.capitalised() || typoNotName(tokens, status, i, text)
                        ? Confidence.HIGH : Confidence.LOW;
                raw.add(new Raw(t.start(), t.end(), FindingKind.SPELLING, caseFix.map(List::of).orElse(List.of()),
                        caseFix.isPresent() ? KEY_CASE : KEY_SPELLING, c));
            }
        }
        raw.sort(Comparator.comparingInt(Raw::start));
        List<Finding> out = new ArrayList<>(raw.size());
        int line = 1;
        int counted = 0;
        for (Raw r : raw) {
            for (; counted < r.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            out.add(new Finding(field, item, line, r.start(), r.end() - r.start(),
                    text.substring(r.start(), r.end()), r.kind(), r.suggestions(), r.messageKey(), r.confidence()));
        }
        return out;
    }

    /**
     * The finding with its corrections, best first. For spelling findings this asks Hunspell and
     * takes tens of milliseconds: call it off the UI thread, when the user opens the menu.
     */
    public Finding withSuggestions(Finding f) {
        if (f.kind() != FindingKind.SPELLING) {
            return f;
        }
        List<String> all = new ArrayList<>(f.suggestions());
        for (String s : spelling.suggest(f.word())) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return f.withSuggestionList(all.subList(0, Math.min(all.size(), SpellChecker.MAX_SUGGESTIONS)));
    }

    private void officeName(String text, List<Token> tokens, CheckContext ctx, List<Raw> raw, boolean[] covered) {
        if (ctx.officeName().isEmpty()) {
            return;
        }
        Optional<OfficeNameRule> rule = officeRules.computeIfAbsent(ctx.officeName(), OfficeNameRule::of);
        if (rule.isEmpty()) {
            return;
        }
        for (int[] span : rule.get().find(text)) {
            String written = text.substring(span[0], span[1]);
            if (ctx.isIgnored(written)) {
                continue;
            }
            raw.add(new Raw(span[0], span[1], FindingKind.STYLE, List.of(rule.get().canonical()), KEY_OFFICE));
            cover(tokens, covered, span[0], span[1]);
        }
    }

    /** "di laksanakan": two words that must be one. */
    private void splitPrefixes(String text, List<Token> tokens, CheckContext ctx, List<Raw> raw, boolean[] covered) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token di = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (covered[i] || covered[i + 1] || di.text().length() != 2
                    || !Tokenizer.onlySpaces(text, di.end(), next.start())) {
                continue;
            }
            Optional<String> fix = prepositions.split(di.text(), next.text());
            String written = text.substring(di.start(), next.end());
            if (fix.isPresent() && !ctx.isIgnored(written)) {
                raw.add(new Raw(di.start(), next.end(), FindingKind.STYLE, List.of(fix.get()), KEY_DI_SPLIT));
                covered[i] = true;
                covered[i + 1] = true;
            }
        }
    }

    /** Next to another capitalised word, as in "Wakil Walikota" or "Walikota Denpasar": part of a title or name. */
    private static boolean titleContext(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.capitalised() || t.sentenceStart()) {
            return false;
        }
        return i > 0 && adjacent(text, tokens.get(i - 1), t) && tokens.get(i - 1).capitalised()
                && !tokens.get(i - 1).sentenceStart()
                || i + 1 < tokens.size() && adjacent(text, t, tokens.get(i + 1)) && tokens.get(i + 1).capitalised();
    }

    private Status word(Token t, CheckContext ctx, Lexicon names, List<Raw> raw, String text, boolean title) {
        String w = t.text();
        if (ctx.isIgnored(w) || t.start() > 0 && text.charAt(t.start() - 1) == '.'
                && w.length() <= MAX_ABBREVIATION_PART && t.capitalised()) {
            return Status.OK;
        }
        // "PD" (a party), "TP" (a team): a short acronym in capitals is not the chat abbreviation "pd"
        Optional<String> standard = t.allCaps() && w.length() <= MAX_ACRONYM_FOR_KATA_BAKU ? Optional.empty()
                : kataBaku.standardOf(w);
        if (standard.isPresent() && title && standard.get().indexOf(' ') > 0) {
            // "Wakil Walikota Denpasar": a capitalised title in mid-sentence keeps every part capitalised
            standard = Optional.of(titleCase(standard.get()));
        }
        if (standard.isPresent()) {
            raw.add(new Raw(t.start(), t.end(), FindingKind.NONSTANDARD, List.of(standard.get()), KEY_NONSTANDARD));
            return Status.FLAGGED;
        }
        if (w.length() < 2 || t.allCaps() || names.accepts(w) || !latin(w)) {
            return Status.OK;
        }
        Optional<String> term = foreign.equivalentOf(w);
        if (term.isPresent()) {
            // Capitalised in mid-sentence it is most likely part of a name ("Sahabat Online Bawaslu").
            Confidence c = t.capitalised() && !t.sentenceStart() ? Confidence.LOW : Confidence.HIGH;
            raw.add(new Raw(t.start(), t.end(), FindingKind.STYLE, List.of(term.get()), KEY_FOREIGN, c));
            return Status.FLAGGED;
        }
        if (mixedCase(w)) {
            Optional<String> apart = camelJoin(w);
            if (apart.isPresent()) {
                raw.add(new Raw(t.start(), t.end(), FindingKind.SPELLING, List.of(apart.get()), KEY_JOINED_WORDS));
                return Status.FLAGGED;
            }
            return Status.OK;
        }
        // A capitalised word in mid-sentence that begins with Di/Ke is a name ("Diana"), never "di ana".
        Optional<Prepositions.Advice> apart = t.capitalised() && !t.sentenceStart() ? Optional.empty()
                : prepositions.joinedAdvice(w);
        if (apart.isPresent()) {
            Confidence c = apart.get().sure() ? Confidence.HIGH : Confidence.LOW;
            raw.add(new Raw(t.start(), t.end(), FindingKind.STYLE, List.of(apart.get().fix()), KEY_DI_JOINED, c));
            return Status.FLAGGED;
        }
        Optional<String> pun = prepositions.pun(w);
        if (pun.isPresent()) {
            raw.add(new Raw(t.start(), t.end(), FindingKind.STYLE, List.of(pun.get()), KEY_PUN));
            return Status.FLAGGED;
        }
        return spelling.isCorrect(w) ? Status.OK : Status.UNKNOWN;
    }

    /**
     * An unknown capitalised word is a name unless it is one edit away from a known word, long
     * enough for that to mean something, and not standing next to other names.
     */
    private boolean looksLikeName(List<Token> tokens, Status[] status, int i, String text) {
        Token t = tokens.get(i);
        if (!t.capitalised() || spelling.caseFix(t.text()).isPresent()) {
            return false;
        }
        if (nameLike(t, status[i])) {
            return true;
        }
        return i > 0 && adjacent(text, tokens.get(i - 1), t) && nameLike(tokens.get(i - 1), status[i - 1])
                || i + 1 < tokens.size() && adjacent(text, t, tokens.get(i + 1))
                && nameLike(tokens.get(i + 1), status[i + 1]);
    }

    /**
     * A capitalised unknown word is underlined only when it is one edit from a frequent word that is
     * not itself a given name ("Setyawan" is near "Setiawan"), and, in mid-sentence, does not stand
     * next to another name ("Drs. Mohammad Uswanas"); title-case words around it do not count
     * ("Bawaslu Gelar Kosolidasi Pengelola Kehumasan").
     */
    private boolean typoNotName(List<Token> tokens, Status[] status, int i, String text) {
        Token t = tokens.get(i);
        Optional<String> near = spelling.nearFrequentWord(t.text());
        if (near.isEmpty() || spelling.isGivenNameLower(near.get())) {
            return false;
        }
        boolean after = i + 1 < tokens.size() && adjacent(text, t, tokens.get(i + 1))
                && nameNeighbour(tokens.get(i + 1), status[i + 1]);
        if (t.sentenceStart()) {
            // "3. Heri sutanto (PPK)": a first name before an unknown surname, even at the start
            return !after;
        }
        boolean before = i > 0 && adjacent(text, tokens.get(i - 1), t) && nameNeighbour(tokens.get(i - 1), status[i - 1]);
        return !before && !after;
    }

    /**
     * A neighbour that is itself a name: a capitalised word unknown to the dictionaries or listed as
     * a name, or a surname written in lower case ("Windra rizkiyana"): an unknown word no frequent
     * word is near and that is not English.
     */
    private boolean nameNeighbour(Token t, Status s) {
        if (t.allCaps()) {
            return false;
        }
        if (t.capitalised()) {
            return s == Status.UNKNOWN || spelling.isName(t.text());
        }
        return s == Status.UNKNOWN && t.text().length() >= MIN_LOWER_SURNAME && !spelling.isEnglish(t.text())
                && spelling.nearFrequentWord(t.text()).isEmpty();
    }

    /**
     * Two or more words in a row that the dictionaries do not know and that are common English
     * words ("memperoleh harmony award FKUB") are an English phrase, not misspellings: at most a
     * "perhaps" foreign-term finding over the phrase, never a correction into an Indonesian word.
     */
    private void englishPhrases(String text, List<Token> tokens, Status[] status, List<Raw> raw) {
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && englishUnknown(tokens.get(j), status[j])
                    && (j == i || adjacent(text, tokens.get(j - 1), tokens.get(j)))) {
                j++;
            }
            if (j - i >= 2) {
                raw.add(new Raw(tokens.get(i).start(), tokens.get(j - 1).end(), FindingKind.STYLE, List.of(),
                        KEY_FOREIGN, Confidence.LOW));
                for (int k = i; k < j; k++) {
                    status[k] = Status.FLAGGED;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A lower-case common English word that is not a slip of a frequent Indonesian word. */
    private boolean englishWord(Token t) {
        return Words.isLowerCase(t.text()) && t.text().length() >= 3 && spelling.isEnglish(t.text()) && spelling.nearFrequentWord(t.text()).isEmpty()
                && spelling.caseFix(t.text()).isEmpty();
    }

    /**
     * Capitalised unknown words that the text introduces as part of a longer name ("Bupati
     * Pekalongan, Asip Kholbihi"): the same word alone later in the text ("ujar Asip.") is that name,
     * not a slip of "arsip".
     */
    private java.util.Set<String> namesIntroducedInFull(List<Token> tokens, Status[] status, String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (status[i] != Status.UNKNOWN || !t.capitalised() || t.allCaps() || spelling.caseFix(t.text()).isPresent()) {
                continue;
            }
            // next to another capitalised word of a name: "Asip Kholbihi", "Zudan Arif"
            boolean before = i > 0 && adjacent(text, tokens.get(i - 1), t) && namePart(tokens.get(i - 1), status[i - 1]);
            boolean after = i + 1 < tokens.size() && adjacent(text, t, tokens.get(i + 1))
                    && namePart(tokens.get(i + 1), status[i + 1]);
            if ((before || after) && looksLikeName(tokens, status, i, text)) {
                out.add(t.text());
            }
        }
        return out;
    }

    private boolean namePart(Token t, Status s) {
        return t.capitalised() && !t.allCaps() && (nameNeighbour(t, s) || !t.sentenceStart());
    }

    /**
     * A non-standard form inside a proper name ("Gradhika Bhakti Praja", a building) is the name's own
     * spelling: capitalised in mid-sentence next to an unknown capitalised word, it is only "perhaps".
     */
    private void lowerNonstandardInsideNames(String text, List<Token> tokens, Status[] status, List<Raw> raw) {
        for (int k = 0; k < raw.size(); k++) {
            Raw r = raw.get(k);
            if (r.kind() != FindingKind.NONSTANDARD || r.confidence() != Confidence.HIGH) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() != r.start()) {
                    continue;
                }
                if (t.capitalised() && !t.sentenceStart() && (unknownCapitalised(text, tokens, status, i - 1, i)
                        || unknownCapitalised(text, tokens, status, i + 1, i))) {
                    raw.set(k, new Raw(r.start(), r.end(), r.kind(), r.suggestions(), r.messageKey(), Confidence.LOW));
                }
                break;
            }
        }
    }

    private static boolean unknownCapitalised(String text, List<Token> tokens, Status[] status, int j, int i) {
        if (j < 0 || j >= tokens.size() || status[j] != Status.UNKNOWN) {
            return false;
        }
        Token n = tokens.get(j);
        Token a = tokens.get(Math.min(i, j));
        Token b = tokens.get(Math.max(i, j));
        return n.capitalised() && !n.allCaps() && adjacent(text, a, b);
    }

    private boolean englishUnknown(Token t, Status s) {
        // capitalised in mid-sentence, English words are a name ("Fritz Edward", "Finance Track")
        return s == Status.UNKNOWN && (!t.capitalised() || t.sentenceStart() && Words.isLowerCase(t.text().substring(1)))
                && t.text().length() >= 3 && spelling.isEnglish(t.text());
    }

    private boolean nameLike(Token t, Status s) {
        if (!t.capitalised() || t.allCaps()) {
            return false;
        }
        if (t.text().length() == 1) {
            return true;
        }
        return s == Status.UNKNOWN && (t.text().length() < MIN_FLAGGED_NAME_LENGTH && !t.sentenceStart()
                || spelling.nearMiss(t.text()).isEmpty());
    }

    /** Next to each other in a name: only spaces, or an initial's full stop, between them. */
    private static boolean adjacent(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return gap.isBlank() && gap.indexOf('\n') < 0 || gap.strip().equals(".") && a.text().length() <= 3;
    }

    private static String titleCase(String words) {
        StringBuilder b = new StringBuilder(words.length());
        for (String part : words.split(" ", -1)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }

    /** Words in another script (Arabic, Chinese ...) are quotations no Indonesian dictionary judges. */
    private static boolean latin(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static boolean mixedCase(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLetter(w.charAt(i - 1))) {
                return !Words.isAllCaps(w);
            }
        }
        return false;
    }

    private static void cover(List<Token> tokens, boolean[] covered, int start, int end) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < end && tokens.get(i).end() > start) {
                covered[i] = true;
            }
        }
    }

    private enum Status { OK, FLAGGED, UNKNOWN }

    private record Raw(int start, int end, FindingKind kind, List<String> suggestions, String messageKey,
            Confidence confidence) {
        Raw(int start, int end, FindingKind kind, List<String> suggestions, String messageKey) {
            this(start, end, kind, suggestions, messageKey, Confidence.HIGH);
        }
    }

    /** The names of the context plus every short form the text defines in parentheses. */
    private static java.util.Set<String> withDefinedShortForms(java.util.Set<String> names, String text) {
        java.util.regex.Matcher m = DEFINED.matcher(text);
        java.util.Set<String> out = null;
        while (m.find()) {
            if (out == null) {
                out = new java.util.HashSet<>(names);
            }
            out.add(m.group(1));
        }
        return out == null ? names : out;
    }

    /** "pengawasanPemilu": two known words run together, the second capitalised. */
    private Optional<String> camelJoin(String w) {
        for (int i = 2; i < w.length() - 1; i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                String a = w.substring(0, i);
                String b = w.substring(i);
                if (a.length() >= 3 && b.length() >= 3 && Words.isLowerCase(a) && spelling.isCorrect(a)
                        && spelling.isCorrect(b)) {
                    return Optional.of(a + " " + b);
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Two-word foreign terms ("quick count", "hand sanitizer"); one-word terms are found per word. */
    private void foreignPhrases(String text, List<Token> tokens, CheckContext ctx, List<Raw> raw, boolean[] covered) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = tokens.get(i + 1);
            if (covered[i] || covered[i + 1] || !Tokenizer.onlySpaces(text, a.end(), b.start())) {
                continue;
            }
            Optional<String> term = foreign.equivalentOf(a.text() + " " + b.text());
            String written = text.substring(a.start(), b.end());
            if (term.isPresent() && !ctx.isIgnored(written)) {
                Confidence c = a.capitalised() && !a.sentenceStart() ? Confidence.LOW : Confidence.HIGH;
                raw.add(new Raw(a.start(), b.end(), FindingKind.STYLE, List.of(term.get()), KEY_FOREIGN, c));
                covered[i] = true;
                covered[i + 1] = true;
            }
        }
    }

    /** "se Jawa Tengah": the prefix se- before a name is joined with a hyphen ("se-Jawa Tengah"). */
    private void standaloneSe(String text, List<Token> tokens, CheckContext ctx, List<Raw> raw, boolean[] covered) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token se = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (covered[i] || !se.text().equals("se") || !next.capitalised()) {
                continue;
            }
            String gap = text.substring(se.end(), next.start());
            if (!(gap.isBlank() || gap.strip().equals("-")) || gap.indexOf('\n') >= 0) {
                continue;
            }
            String written = text.substring(se.start(), next.end());
            if (!ctx.isIgnored(written)) {
                raw.add(new Raw(se.start(), next.end(), FindingKind.STYLE, List.of("se-" + next.text()), KEY_SE));
                covered[i] = true;
                covered[i + 1] = true;
            }
        }
    }
}
