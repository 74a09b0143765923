package id.humasdesk.logic.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the writing checks against real texts that were annotated by hand. Every finding the
 * checker makes on a text is looked up in the annotations by file, offset and the text as written;
 * an annotation says whether it is a true error and, for a true error, what the writer meant.
 * Annotations of true errors the checker does not find at all count as missed (recall).
 *
 * <p>Only findings the editor underlines count as shown; low-confidence findings ("perhaps") are
 * counted apart and never as false alarms, because the writer does not see them as errors.
 */
public final class CheckEvaluation {
    /** Annotation class (note column) of misspellings whose first suggestion is measured. */
    static final String TYPO_CLASS = "typo";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private CheckEvaluation() {
    }

    /** One hand judgement: the finding at {@code offset} in {@code file} covering {@code word}. */
    public record Annotation(String file, int offset, String word, boolean trueError, String intended, String note) {
        String key() {
            return file + "\t" + offset + "\t" + word;
        }
    }

    /** One finding of the checker, with its judgement if there is one. */
    public record Row(String file, Finding finding, Optional<Annotation> annotation) {
    }

    /** The figures of one run. Rates are NaN when their denominator is zero. */
    public record Report(int words, int shown, int perhaps, int truePositives, int falseAlarms, int unannotated,
            int trueErrors, int trueErrorsFound, int typos, int typosFirstRight, int advised, int advisedRight,
            int wrongAdvice, List<Row> rows, List<Annotation> missed) {

        public double precision() {
            return ratio(truePositives, truePositives + falseAlarms);
        }

        public double falseAlarmsPerThousandWords() {
            return words == 0 ? Double.NaN : falseAlarms * 1000.0 / words;
        }

        public double recall() {
            return ratio(trueErrorsFound, trueErrors);
        }

        public double firstSuggestionAccuracy() {
            return ratio(typosFirstRight, typos);
        }
    }

    /** Figures over a list of standard and non-standard word pairs. */
    public record PairReport(int pairs, int nonstandardFlagged, int firstSuggestionRight, int standardFlagged,
            List<String> misses, List<String> wrongSuggestions, List<String> standardWronglyFlagged) {

        public double recall() {
            return ratio(nonstandardFlagged, pairs);
        }

        public double firstSuggestionAccuracy() {
            return ratio(firstSuggestionRight, pairs);
        }
    }

    static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    /**
     * Reads annotations: tab-separated {@code file, offset, word, verdict, intended, note}; the
     * verdict is {@code true} (a real error) or {@code false} (correct text flagged); the note starts
     * with the error class ({@code typo}, {@code typo-abbrev}, {@code case}, {@code nonstandard},
     * {@code style}, {@code foreign}; for false alarms why the text is right); lines starting with #
     * and blank lines are skipped.
     */
    public static List<Annotation> readAnnotations(Reader in) {
        List<Annotation> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 4 || !(c[3].equals("true") || c[3].equals("false"))) {
                    throw new IllegalArgumentException("Bad annotation line " + n + ": " + line);
                }
                out.add(new Annotation(c[0], Integer.parseInt(c[1]), c[2], c[3].equals("true"),
                        c.length > 4 ? c[4] : "", c.length > 5 ? c[5] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Reads word pairs: tab-separated non-standard form, standard form; # comments. */
    public static List<String[]> readPairs(Reader in) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length >= 2) {
                    out.add(new String[] {c[0].strip(), c[1].strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Checks every text (file name to content), with suggestions, and compares with the annotations. */
    public static Report evaluate(Map<String, String> texts, List<Annotation> annotations, WritingChecker checker,
            CheckContext ctx) {
        Map<String, Annotation> byKey = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            byKey.put(a.key(), a);
        }
        int words = 0;
        int shown = 0;
        int perhaps = 0;
        int tp = 0;
        int fp = 0;
        int unannotated = 0;
        int typos = 0;
        int typosRight = 0;
        int wrongAdvice = 0;
        int advised = 0;
        int advisedRight = 0;
        Set<String> foundTrue = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String file = e.getKey();
            String text = e.getValue();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words++;
            }
            for (Finding raw : checker.checkText(CheckField.TEXT, 0, text, ctx)) {
                Finding f = checker.withSuggestions(raw);
                Optional<Annotation> a = Optional.ofNullable(byKey.get(file + "\t" + f.offset() + "\t" + f.word()));
                rows.add(new Row(file, f, a));
                if (!f.underlined()) {
                    perhaps++;
                    continue;
                }
                shown++;
                if (a.isEmpty()) {
                    unannotated++;
                    continue;
                }
                if (a.get().trueError()) {
                    tp++;
                    foundTrue.add(a.get().key());
                    String intended = a.get().intended();
                    boolean firstRight = !f.suggestions().isEmpty() && f.suggestions().get(0).equals(intended);
                    if (!intended.isEmpty()) {
                        advised++;
                        advisedRight += firstRight ? 1 : 0;
                    }
                    if (!intended.isEmpty() && a.get().note().startsWith(TYPO_CLASS)) {
                        typos++;
                        typosRight += firstRight ? 1 : 0;
                    }
                } else {
                    fp++;
                    if (!f.suggestions().isEmpty()) {
                        wrongAdvice++;
                    }
                }
            }
        }
        int trueErrors = 0;
        List<Annotation> missed = new ArrayList<>();
        for (Annotation a : byKey.values()) {
            if (a.trueError() && texts.containsKey(a.file())) {
                trueErrors++;
                if (!foundTrue.contains(a.key())) {
                    missed.add(a);
                }
            }
        }
        return new Report(words, shown, perhaps, tp, fp, unannotated, trueErrors, foundTrue.size(), typos,
                typosRight, advised, advisedRight, wrongAdvice, rows, missed);
    }

    /**
     * Each non-standard form alone must be flagged with the standard form first; each standard
     * form alone must pass.
     */
    public static PairReport evaluatePairs(List<String[]> pairs, WritingChecker checker) {
        int flagged = 0;
        int right = 0;
        int standardFlagged = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> stdFlagged = new ArrayList<>();
        for (String[] p : pairs) {
            List<Finding> f = checker.checkText(CheckField.TEXT, 0, p[0], CheckContext.none()).stream()
                    .filter(Finding::underlined).toList();
            if (f.isEmpty()) {
                misses.add(p[0] + "\t" + p[1]);
            } else {
                flagged++;
                Finding s = checker.withSuggestions(f.get(0));
                if (!s.suggestions().isEmpty() && s.suggestions().get(0).equals(p[1])) {
                    right++;
                } else {
                    wrong.add(p[0] + "\t" + p[1] + "\t" + String.join(",", s.suggestions()));
                }
            }
            boolean stdBad = checker.checkText(CheckField.TEXT, 0, p[1], CheckContext.none()).stream()
                    .anyMatch(Finding::underlined);
            if (stdBad) {
                standardFlagged++;
                stdFlagged.add(p[1]);
            }
        }
        return new PairReport(pairs.size(), flagged, right, standardFlagged, misses, wrong, stdFlagged);
    }
}
