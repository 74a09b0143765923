package id.humasdesk.cli;

import id.humasdesk.logic.Services;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.library.LibraryService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints one JSON line per figure measured over the data directory. Not a test: a measurement. */
@Command(name = "bench", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk --data-dir /tmp/demo generate --count 100000", "  HumasDesk --data-dir /tmp/demo bench --runs 5"}, description = "Measure library queries over the data directory; one JSON line per figure.")
public final class BenchCommand implements Callable<Integer> {
    private static final List<String> QUERIES = List.of("pengawasan", "netralitas", "gakkumdu kampanye",
            "politik uang", "tidakadakatainiz");
    private final CliContext ctx;

    @Option(names = "--runs", defaultValue = "9", description = "repetitions per figure (default: ${DEFAULT-VALUE})")
    int runs;

    public BenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Services s = ctx.open()) {
            LibraryService lib = s.library();
            int total = lib.count(LibraryFilter.ALL);
            figure("library_first_page", total, () -> lib.firstPage(LibraryFilter.ALL, 200).size());
            figure("library_full_count", total, () -> lib.count(LibraryFilter.ALL));
            figure("library_stream_all", total, () -> {
                int[] n = {0};
                lib.stream(LibraryFilter.ALL, 200, 5_000, () -> false, rows -> n[0] += rows.size());
                return n[0];
            });
            for (String q : QUERIES) {
                LibraryFilter f = new LibraryFilter(null, null, null, q, false);
                figure("library_filter_first_page[" + q + "]", total, () -> lib.firstPage(f, 200).size());
                figure("library_filter_count[" + q + "]", total, () -> lib.count(f));
            }
        } catch (Exception e) {
            ctx.err().println(ctx.messages().describe(e));
            return 1;
        }
        return 0;
    }

    private void figure(String name, int releases, IntSupplier work) {
        work.getAsInt();
        double[] ms = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            rows = work.getAsInt();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        ctx.out().println(String.format(Locale.ROOT,
                "{\"figure\":\"%s\",\"releases\":%d,\"rows\":%d,\"runs\":%d,\"median_ms\":%.2f,\"min_ms\":%.2f,"
                        + "\"max_ms\":%.2f}", name, releases, rows, runs, ms[runs / 2], ms[0], ms[runs - 1]));
        ctx.out().flush();
    }
}
