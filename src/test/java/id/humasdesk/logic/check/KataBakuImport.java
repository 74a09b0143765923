package id.humasdesk.logic.check;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives {@code kata-baku-imported.tsv} from a public list of standard/non-standard pairs by the
 * rules of decision note 0116, stated before the import and applied in order: a pair is dropped by
 * the first rule it meets, and every drop is written down with its rule. Run it with
 * {@code java -cp target/test-classes:target/classes:DEPS id.humasdesk.logic.check.KataBakuImport}
 * from the project folder; {@code KataBakuImportTest} checks that the shipped files are its output.
 */
public final class KataBakuImport {
    static final Path SOURCE = Path.of("assets", "dictionaries", "sources", "turfaa-kata-baku-dict.txt");
    static final Path CURATED = Path.of("assets", "dictionaries", "kata-baku.tsv");
    static final Path ANNOTATIONS = Path.of("src", "eval", "annotations.tsv");
    static final Path IMPORTED = Path.of("assets", "dictionaries", "kata-baku-imported.tsv");
    static final Path DROPPED = Path.of("assets", "dictionaries", "sources", "turfaa-kata-baku-dropped.tsv");
    static final Path REVIEW = Path.of("assets", "dictionaries", "sources", "turfaa-kata-baku-review.tsv");

    /** Forms decision 0102 already named as never to be flagged: other words, or common names. */
    static final Set<String> EXCLUDED_BY_0102 = Set.of("rubah", "sangsi", "pencaharian", "formil", "rizki", "sholeh",
            "syah");
    /** Spelling variants of one word differ in a letter or two; more than this is another word. */
    static final int MAX_VARIANT_EDITS = 2;
    private static final Pattern WELL_FORMED = Pattern.compile("[\\p{L}][\\p{L}'’ -]*");

    /** The rules of decision 0116, in the order they are applied. */
    enum Rule {
        R1_MALFORMED("a side holds a character other than a letter, hyphen, apostrophe or space"),
        R2_SAME("both sides are the same word"),
        R3_MULTI_WORD("the non-standard side has a space: the checker compares one word at a time"),
        R4_WORD_BOUNDARY("the sides differ only in spaces or hyphens: left to the compound and di/ke/pun rules"),
        R5_CONTRADICTORY("the source gives the form two standard forms, or also lists the reverse pair"),
        R6_STANDARD_UNKNOWN("a word of the standard side is not known to the checker"),
        R7_ALREADY_CURATED("the form is already in kata-baku.tsv (the curated table wins) or earlier in the source"),
        R8_CONFLICTS_CURATED("kata-baku.tsv lists the form as standard, or the standard side as non-standard"),
        R9_NAME_OR_EXCLUDED("the form is a given name or place of our lists, or excluded by decision 0102"),
        R10_ENGLISH("the form is a common English word: left to the foreign-term rules"),
        R11_OTHER_WORD("the form is a known word more than two edits from the standard side: another word"),
        R12_CORPUS_CORRECT("the evaluation corpus has the form judged correct (a false alarm)"),
        R13_REVIEW("rejected in the review against KBBI (turfaa-kata-baku-review.tsv): both forms standard, "
                + "wrong direction, another word, a name, or doubt");

        final String why;

        Rule(String why) {
            this.why = why;
        }
    }

    /** The outcome: kept pairs (non-standard to standard, source order) and dropped ones with their rule. */
    record Result(Map<String, String> kept, List<String[]> dropped, Map<Rule, Integer> counts, int read) {
    }

    private KataBakuImport() {
    }

    public static void main(String[] args) throws IOException {
        WritingChecker checker = Checkers.shared();
        Result r = run(Files.readString(SOURCE, StandardCharsets.UTF_8),
                KataBaku.read(Files.newInputStream(CURATED)),
                correctForms(Files.readString(ANNOTATIONS, StandardCharsets.UTF_8)), checker.spelling(),
                rejected(Files.readString(REVIEW, StandardCharsets.UTF_8)));
        Files.writeString(IMPORTED, importedFile(r), StandardCharsets.UTF_8);
        Files.writeString(DROPPED, droppedFile(r), StandardCharsets.UTF_8);
        System.out.println("read " + r.read() + ", kept " + r.kept().size());
        r.counts().forEach((rule, n) -> System.out.println(rule + "\t" + n));
    }

    /** Lower-case words the corpus annotations judge correct where a checker flagged them. */
    static Set<String> correctForms(String annotations) {
        Set<String> out = new HashSet<>();
        for (CheckEvaluation.Annotation a : CheckEvaluation.readAnnotations(new StringReader(annotations))) {
            if (!a.trueError()) {
                out.add(key(a.word()));
            }
        }
        return out;
    }

    /** Non-standard forms the review rejected (first column of the review file). */
    static Set<String> rejected(String review) {
        Set<String> out = new HashSet<>();
        for (String line : review.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(key(line.split("\t")[0]));
            }
        }
        return out;
    }

    static Result run(String source, Map<String, String> curated, Set<String> correctInCorpus,
            SpellChecker spelling) {
        return run(source, curated, correctInCorpus, spelling, Set.of());
    }

    static Result run(String source, Map<String, String> curated, Set<String> correctInCorpus,
            SpellChecker spelling, Set<String> rejectedInReview) {
        List<String[]> pairs = new ArrayList<>();
        for (String line : source.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            pairs.add(bar < 0 ? new String[] {line.strip(), ""}
                    : new String[] {line.substring(0, bar).strip(), line.substring(bar + 1).strip()});
        }
        Map<String, Set<String>> standardsOf = new HashMap<>();
        Set<String> listedPairs = new HashSet<>();
        for (String[] p : pairs) {
            standardsOf.computeIfAbsent(key(p[1]), k -> new HashSet<>()).add(key(p[0]));
            listedPairs.add(key(p[0]) + "|" + key(p[1]));
        }
        Set<String> curatedForms = new HashSet<>();
        Set<String> curatedStandards = new HashSet<>();
        curated.forEach((form, std) -> {
            curatedForms.add(key(form));
            curatedStandards.add(key(std));
        });

        Map<String, String> kept = new LinkedHashMap<>();
        List<String[]> dropped = new ArrayList<>();
        Map<Rule, Integer> counts = new LinkedHashMap<>();
        for (Rule rule : Rule.values()) {
            counts.put(rule, 0);
        }
        for (String[] p : pairs) {
            String standard = p[0];
            String form = p[1];
            String stdKey = key(standard);
            String formKey = key(form);
            Rule rule = null;
            String fixed = null;
            if (!WELL_FORMED.matcher(standard).matches() || !WELL_FORMED.matcher(form).matches()) {
                rule = Rule.R1_MALFORMED;
            } else if (stdKey.equals(formKey)) {
                rule = Rule.R2_SAME;
            } else if (formKey.indexOf(' ') >= 0) {
                rule = Rule.R3_MULTI_WORD;
            } else if (stdKey.replaceAll("[ -]", "").equals(formKey.replaceAll("[ -]", ""))) {
                rule = Rule.R4_WORD_BOUNDARY;
            } else if (standardsOf.get(formKey).size() > 1 || listedPairs.contains(formKey + "|" + stdKey)) {
                rule = Rule.R5_CONTRADICTORY;
            } else if ((fixed = knownStandard(standard, spelling)) == null) {
                rule = Rule.R6_STANDARD_UNKNOWN;
            } else if (curatedForms.contains(formKey) || kept.containsKey(formKey)) {
                rule = Rule.R7_ALREADY_CURATED;
            } else if (curatedStandards.contains(formKey) || curatedForms.contains(stdKey)) {
                rule = Rule.R8_CONFLICTS_CURATED;
            } else if (EXCLUDED_BY_0102.contains(formKey) || spelling.isName(capitalised(formKey))) {
                rule = Rule.R9_NAME_OR_EXCLUDED;
            } else if (spelling.isEnglish(formKey)) {
                rule = Rule.R10_ENGLISH;
            } else if (spelling.isCorrect(formKey) && editDistance(formKey, stdKey) > MAX_VARIANT_EDITS) {
                rule = Rule.R11_OTHER_WORD;
            } else if (correctInCorpus.contains(formKey)) {
                rule = Rule.R12_CORPUS_CORRECT;
            } else if (rejectedInReview.contains(formKey)) {
                rule = Rule.R13_REVIEW;
            }
            if (rule == null) {
                kept.put(formKey, fixed);
            } else {
                counts.merge(rule, 1, Integer::sum);
                dropped.add(new String[] {form, standard, rule.name()});
            }
        }
        return new Result(kept, dropped, counts, pairs.size());
    }

    /**
     * The standard side as the checker knows it: each word in lower case, or capitalised where the
     * dictionary only knows it so ("februari" gives "Februari"); null when a word is unknown.
     */
    static String knownStandard(String standard, SpellChecker spelling) {
        List<String> parts = new ArrayList<>();
        for (String part : key(standard).split(" ")) {
            if (spelling.isCorrect(part)) {
                parts.add(part);
            } else if (spelling.isCorrect(capitalised(part))) {
                parts.add(capitalised(part));
            } else {
                return null;
            }
        }
        return String.join(" ", parts);
    }

    static String importedFile(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Kata baku pairs imported from a public list; DO NOT EDIT: generated by KataBakuImport")
                .append(" (test sources).\n");
        sb.append("# Source: turfaa/IndonesianKataBakuChecker dict.txt (c) 2016 Turfa Auliarachman, WTFPL-2 / MIT;\n");
        sb.append("# see sources/turfaa-kata-baku-NOTICE.md. Rules: decision note 0116; dropped pairs with their rule in\n");
        sb.append("# sources/turfaa-kata-baku-dropped.tsv. Read ").append(r.read()).append(", kept ")
                .append(r.kept().size()).append(". The curated kata-baku.tsv wins over this file.\n");
        sb.append("# Format: non-standard<TAB>standard, as kata-baku.tsv.\n");
        r.kept().forEach((form, std) -> sb.append(form).append('\t').append(std).append('\n'));
        return sb.toString();
    }

    static String droppedFile(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Pairs of turfaa-kata-baku-dict.txt left out of kata-baku-imported.tsv")
                .append(" (generated by KataBakuImport).\n");
        for (Rule rule : Rule.values()) {
            sb.append("# ").append(rule.name()).append(" (").append(r.counts().get(rule)).append("): ")
                    .append(rule.why).append('\n');
        }
        sb.append("# non-standard\tstandard\trule\n");
        for (String[] d : r.dropped()) {
            sb.append(d[0]).append('\t').append(d[1]).append('\t').append(d[2]).append('\n');
        }
        return sb.toString();
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }

    private static String capitalised(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The suggester's own optimal string alignment distance, so "variant" means the same in both. */
    static int editDistance(String a, String b) {
        return SuggestionRanker.distance(a, b);
    }
}
