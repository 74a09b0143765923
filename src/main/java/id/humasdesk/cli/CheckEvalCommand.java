package id.humasdesk.cli;

import id.humasdesk.logic.check.CheckContext;
import id.humasdesk.logic.check.CheckEvaluation;
import id.humasdesk.logic.check.CheckEvaluation.Annotation;
import id.humasdesk.logic.check.CheckEvaluation.PairReport;
import id.humasdesk.logic.check.CheckEvaluation.Report;
import id.humasdesk.logic.check.CheckEvaluation.Row;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.check.WritingChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the writing checks on an annotated corpus of real texts and, optionally, on a list of
 * standard and non-standard word pairs. Prints one JSON line per measure; {@code --list} prints
 * every finding (tab-separated, with its judgement or {@code ?}) for the annotator. Needs no data
 * directory. Not a test: a measurement.
 */
@Command(name = "check-eval", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk check-eval", "  HumasDesk check-eval --corpus src/eval/corpus"}, description = "Measure writing checks on an annotated corpus (precision, false alarms "
        + "per 1,000 words, recall, first-suggestion accuracy, wrong advice) and on word-pair lists; JSON lines.")
public final class CheckEvalCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--corpus", paramLabel = "DIR", description = "folder of UTF-8 .txt files (default: ${DEFAULT-VALUE})",
            defaultValue = "src/eval/corpus")
    Path corpus;

    @Option(names = "--annotations", paramLabel = "FILE", defaultValue = "src/eval/annotations.tsv",
            description = "hand judgements: file, offset, word, true|false, intended, note (default: ${DEFAULT-VALUE})")
    Path annotations;

    @Option(names = "--pairs", paramLabel = "FILE", description = "word pairs: non-standard form, standard form (TSV)")
    List<Path> pairs;

    @Option(names = "--list", description = "also print every finding, tab-separated, for annotation")
    boolean list;

    public CheckEvalCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        WritingChecker checker = WritingChecker.fromClasspath();
        checker.load();
        if (Files.isDirectory(corpus)) {
            Map<String, String> texts = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.put(p.getFileName().toString(), CheckCommand.read(p));
                }
            }
            List<Annotation> judged = Files.exists(annotations)
                    ? CheckEvaluation.readAnnotations(Files.newBufferedReader(annotations, StandardCharsets.UTF_8))
                    : List.of();
            Report r = CheckEvaluation.evaluate(texts, judged, checker, CheckContext.none());
            print(r, texts.size());
            if (list) {
                list(r);
            }
        }
        if (pairs != null) {
            for (Path p : pairs) {
                PairReport pr = CheckEvaluation.evaluatePairs(
                        CheckEvaluation.readPairs(Files.newBufferedReader(p, StandardCharsets.UTF_8)), checker);
                new BenchReport(ctx.out()).line("measure", "pairs").put("file", p.getFileName().toString())
                        .put("pairs", pr.pairs()).put("nonstandard_flagged", pr.nonstandardFlagged())
                        .put("recall", pr.recall(), 4).put("first_suggestion_right", pr.firstSuggestionRight())
                        .put("first_suggestion_accuracy", pr.firstSuggestionAccuracy(), 4)
                        .put("standard_wrongly_flagged", pr.standardFlagged()).print();
                if (list) {
                    pr.misses().forEach(m -> ctx.out().println("pair-missed\t" + m));
                    pr.wrongSuggestions().forEach(m -> ctx.out().println("pair-wrong-first\t" + m));
                    pr.standardWronglyFlagged().forEach(m -> ctx.out().println("pair-standard-flagged\t" + m));
                }
            }
        }
        ctx.out().flush();
        return 0;
    }

    private void print(Report r, int files) {
        new BenchReport(ctx.out()).line("measure", "corpus").put("files", files).put("words", r.words())
                .put("shown", r.shown()).put("perhaps", r.perhaps()).put("true_positives", r.truePositives())
                .put("false_alarms", r.falseAlarms()).put("unannotated", r.unannotated())
                .put("precision", r.precision(), 4)
                .put("false_alarms_per_1000_words", r.falseAlarmsPerThousandWords(), 4)
                .put("true_errors", r.trueErrors()).put("true_errors_found", r.trueErrorsFound())
                .put("recall", r.recall(), 4).put("typos", r.typos())
                .put("typos_first_suggestion_right", r.typosFirstRight())
                .put("first_suggestion_accuracy", r.firstSuggestionAccuracy(), 4)
                .put("all_true_first_suggestion_right", r.advisedRight()).put("all_true_with_intended", r.advised())
                .put("wrong_advice", r.wrongAdvice()).print();
    }

    /** file, offset, word, kind, shown|perhaps, judgement (true/false/?), intended, suggestions. */
    private void list(Report r) {
        List<String> lines = new ArrayList<>();
        for (Row row : r.rows()) {
            Finding f = row.finding();
            String verdict = row.annotation().map(a -> String.valueOf(a.trueError())).orElse("?");
            String intended = row.annotation().map(Annotation::intended).orElse("");
            lines.add(row.file() + "\t" + f.offset() + "\t" + f.word().replaceAll("\\s+", " ") + "\t"
                    + f.kind().name().toLowerCase(Locale.ROOT) + "\t" + (f.underlined() ? "shown" : "perhaps") + "\t"
                    + verdict + "\t" + intended + "\t" + String.join(",", f.suggestions()));
        }
        for (Annotation a : r.missed()) {
            lines.add(a.file() + "\t" + a.offset() + "\t" + a.word() + "\t-\tmissed\ttrue\t" + a.intended() + "\t");
        }
        lines.forEach(ctx.out()::println);
    }
}
