package id.humasdesk.cli;

import id.humasdesk.logic.check.CheckContext;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.check.FindingKind;
import id.humasdesk.logic.check.WritingChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the writing check on a release of a given length, built from the bundled sample
 * release. Prints one JSON line per figure. Needs no data directory. Not a test: a measurement.
 */
@Command(name = "check-bench", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk check-bench --words 5000 --runs 9"}, description = "Measure writing checks on a release of --words words (built from the "
        + "bundled sample); one JSON line per figure. Needs no data directory.")
public final class CheckBenchCommand implements Callable<Integer> {
    private static final String SAMPLE = "/id/humasdesk/demo/sample-release.txt";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*");
    private static final String OFFICE = "Bawaslu Kabupaten Kaur";
    private final CliContext ctx;

    @Option(names = "--runs", defaultValue = "9", description = "repetitions per figure (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--words", defaultValue = "1000", description = "length of the checked text (default: ${DEFAULT-VALUE})")
    int words;

    public CheckBenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String text = textOf(words);
        CheckContext context = CheckContext.forOffice(OFFICE);
        long t = System.nanoTime();
        WritingChecker checker = WritingChecker.fromClasspath();
        checker.load();
        print("check_dictionary_load", 0, 1, new double[] {ms(t)});

        t = System.nanoTime();
        List<Finding> first = checker.checkText(CheckField.TEXT, 0, text, context);
        print("check_first_text_cold", first.size(), 1, new double[] {ms(t)});

        figure("check_text_uncached", () -> {
            checker.spelling().clearCaches();
            return checker.checkText(CheckField.TEXT, 0, text, context).size();
        });
        figure("check_text_cached", () -> checker.checkText(CheckField.TEXT, 0, text, context).size());

        List<Finding> spelling = first.stream().filter(f -> f.kind() == FindingKind.SPELLING).toList();
        double[] each = new double[spelling.size()];
        for (int i = 0; i < spelling.size(); i++) {
            long s = System.nanoTime();
            checker.withSuggestions(spelling.get(i));
            each[i] = ms(s);
        }
        if (each.length > 0) {
            print("check_suggest_per_word", spelling.size(), each.length, each);
        }
        return 0;
    }

    private void figure(String name, IntSupplier work) {
        double[] ms = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            rows = work.getAsInt();
            ms[i] = ms(t);
        }
        print(name, rows, runs, ms);
    }

    private void print(String name, int rows, int n, double[] ms) {
        new BenchReport(ctx.out()).figure(name).put("words", words).put("rows", rows).put("runs", n)
                .timings("", ms, 2).print();
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** The sample release repeated until it has {@code n} words, cut after the n-th word. */
    static String textOf(int n) {
        String sample;
        try (InputStream in = CheckBenchCommand.class.getResourceAsStream(SAMPLE)) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (count < n) {
            Matcher m = WORD.matcher(sample);
            int end = 0;
            while (count < n && m.find()) {
                count++;
                end = m.end();
            }
            sb.append(sample, 0, count < n ? sample.length() : end).append('\n');
        }
        return sb.toString();
    }
}
