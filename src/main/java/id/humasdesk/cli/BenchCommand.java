package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.library.LibraryListing;
import id.humasdesk.logic.library.LibraryOrder;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.logic.schedule.ScheduleService;
import id.humasdesk.model.ReleaseSummary;
import java.time.Clock;
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
    /** The services this command uses. */
    public record Deps(AccountService accounts, Clock clock, LibraryService library, ScheduleService schedule) {
    }

    private static final List<String> QUERIES = List.of("pengawasan", "netralitas", "gakkumdu kampanye",
            "politik uang", "tidakadakatainiz");
    private final CliContext ctx;
    private final Opener<Deps> store;

    @Option(names = "--runs", defaultValue = "9", description = "repetitions per figure (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--only", split = ",", description = "measure only figures whose names start with these "
            + "(e.g. calendar,memory); default all")
    List<String> only = List.of();

    public BenchCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() {
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            LibraryService lib = s.library();
            int total = lib.count(LibraryFilter.ALL);
            figure("library_first_page", total, () -> lib.firstPage(LibraryFilter.ALL, 200).size());
            figure("library_full_count", total, () -> lib.count(LibraryFilter.ALL));
            figure("library_stream_all", total, () -> {
                int[] n = {0};
                lib.stream(LibraryFilter.ALL, 200, 5_000, () -> false, rows -> n[0] += rows.size());
                return n[0];
            });
            pages(lib, total);
            var zone = s.accounts().office().orElseThrow().zone();
            var month = java.time.LocalDate.now(s.clock().withZone(zone)).withDayOfMonth(1);
            var grid = month.minusDays(month.getDayOfWeek().getValue() - 1L);
            int planned = s.schedule().between(grid.atStartOfDay(zone).toInstant(),
                    grid.plusDays(42).atStartOfDay(zone).toInstant()).size();
            figure("calendar_month_grid[plans=" + planned + "]", total,
                    () -> s.schedule().calendar(grid, grid.plusDays(42), zone, 3).total());
            for (String q : QUERIES) {
                LibraryFilter f = new LibraryFilter(null, null, null, q, false);
                figure("library_filter_first_page[" + q + "]", total, () -> lib.firstPage(f, 200).size());
                figure("library_filter_count[" + q + "]", total, () -> lib.count(f));
            }
            memory(total);
        } catch (Exception e) {
            ctx.err().println(ctx.messages().describe(e));
            return 1;
        }
        return 0;
    }

    /**
     * The library table's reads (decision note 0404): opening a listing in each order (its counts)
     * and one page of 100 rows in the middle, by offset (a jump of the scroll bar) and after the row
     * before it (scrolling on).
     */
    private void pages(LibraryService lib, int total) {
        for (LibraryOrder.Column c : LibraryOrder.Column.values()) {
            LibraryOrder o = new LibraryOrder(c, true);
            figure("library_listing_open[" + c.name().toLowerCase(Locale.ROOT) + "]", total,
                    () -> lib.listing(LibraryFilter.ALL, o, Enum::name).size());
        }
        if (total < 2 || !wanted("library_page")) {
            return;
        }
        int middle = total / 2;
        for (LibraryOrder.Column c : List.of(LibraryOrder.Column.CHANGED, LibraryOrder.Column.HEADLINE,
                LibraryOrder.Column.STATUS)) {
            LibraryListing listing = lib.listing(LibraryFilter.ALL, new LibraryOrder(c, true), Enum::name);
            String at = c.name().toLowerCase(Locale.ROOT) + ",row " + middle;
            figure("library_page_at_offset[" + at + "]", total, () -> listing.rows(middle, 100).size());
            ReleaseSummary before = listing.rows(middle - 1, 1).get(0);
            figure("library_page_after_row[" + at + "]", total, () -> listing.rows(middle, 100, before).size());
        }
    }

    private void figure(String name, int releases, IntSupplier work) {
        if (!wanted(name)) {
            return;
        }
        work.getAsInt();
        double[] ms = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            rows = work.getAsInt();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        new BenchReport(ctx.out()).figure(name).put("releases", releases).put("rows", rows).put("runs", runs)
                .timings("", ms, 2).print();
    }

    /**
     * Resident memory of this process (from /proc/self/status, Linux only; -1 elsewhere) and the heap
     * still in use after a full collection, with what the JVM has committed for heap and non-heap.
     */
    private void memory(int releases) {
        if (!wanted("memory")) {
            return;
        }
        System.gc();
        var mem = java.lang.management.ManagementFactory.getMemoryMXBean();
        var heap = mem.getHeapMemoryUsage();
        var nonHeap = mem.getNonHeapMemoryUsage();
        new BenchReport(ctx.out()).figure("memory").put("releases", releases).put("rss_mb", procStatusMb("VmRSS"))
                .put("rss_peak_mb", procStatusMb("VmHWM")).put("heap_after_gc_mb", heap.getUsed() / 1048576.0, 1)
                .put("heap_committed_mb", heap.getCommitted() / 1048576.0, 1)
                .put("heap_max_mb", heap.getMax() / 1048576.0, 1)
                .put("non_heap_committed_mb", nonHeap.getCommitted() / 1048576.0, 1).print();
    }

    private boolean wanted(String figure) {
        return only.isEmpty() || only.stream().anyMatch(figure::startsWith);
    }

    /** A kB figure of /proc/self/status in MB, or -1 where there is no such file. */
    static long procStatusMb(String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
