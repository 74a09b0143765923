package id.humasdesk.cli;

import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.logic.search.RankedIds;
import id.humasdesk.logic.search.SearchService;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures full-text search over the data directory and prints one JSON line per figure: start-up,
 * the first query, a full index rebuild, then (after warm-up rounds, queries interleaved so machine
 * noise spreads evenly) each query of a fixed set, and the median and 95th percentile over all.
 * Not a test: a measurement.
 */
@Command(name = "search-bench", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk --data-dir /tmp/demo search-bench --runs 5 --no-rebuild"},
        description = "Measure full-text search and index rebuild over the data directory; one JSON line per figure.")
public final class SearchBenchCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(LibraryService library, SearchService search) {
    }

    /** What writers in a supervisory office look for: topics, bodies, stages, names, phrases, a miss. */
    public static final List<String> QUERIES = List.of("pengawasan", "pemilu", "Bawaslu", "politik uang",
            "netralitas ASN", "kampanye", "Gakkumdu", "pemungutan suara", "data pemilih", "pelanggaran",
            "sosialisasi pengawasan partisipatif", "\"masa tenang\"", "rapat koordinasi", "Panwaslu Kecamatan",
            "tokoh agama", "logistik pemilu", "deklarasi kampanye damai", "pencegahan politik uang",
            "rekapitulasi hasil penghitungan", "Koordinator Divisi Hukum", "kehumasan", "pemilih pemula",
            "berita bohong", "Hotel Santika", "Ahmad Siregar", "pilkada", "kepolisian kejaksaan",
            "pengaduan daring", "TPS", "tidakadakatainiz");
    private static final int VISIBLE_ROWS = 30;
    private static final int FIRST_CHUNK = 100;
    private static final int WARM_UP_ROUNDS = 3;
    private final CliContext ctx;
    private final Opener<Deps> store;

    @Option(names = "--runs", defaultValue = "9", description = "repetitions per query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--limit", defaultValue = "1000", description = "ranked rows per query (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--no-rebuild", description = "skip the timed full rebuild")
    boolean noRebuild;

    public SearchBenchCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        long open = System.nanoTime();
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            SearchService search = s.search();
            int releases = s.library().count(LibraryFilter.ALL) + s.library().count(trash());
            boolean ready = search.awaitReady(Duration.ofMinutes(30));
            line("search_startup", releases).put("state", search.status().state().toString()).put("ready", ready)
                    .put("ms", ms(open)).load("load_avg").print();
            if (!ready) {
                return 1;
            }
            List<LibraryFilter> filters = filters();
            long cold = System.nanoTime();
            search.rankedIds(filters.get(0), limit);
            line("search_first_query_cold", releases).put("ms", ms(cold)).print();
            if (!noRebuild) {
                long t = System.nanoTime();
                long cpu = processCpuNanos();
                boolean rebuilt = search.rebuildAndWait(Duration.ofMinutes(30));
                line("search_index_rebuild", releases).put("ok", rebuilt).put("ms", ms(t))
                        .put("cpu_ms", (processCpuNanos() - cpu) / 1_000_000).load("load_avg").print();
            }
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                for (LibraryFilter f : filters) {
                    measureOnce(search, f);
                }
            }
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            double[][][] samples = new double[filters.size()][4][runs];
            double[][][] cpu = new double[filters.size()][4][runs];
            int[] hits = new int[filters.size()];
            for (int run = 0; run < runs; run++) {
                for (int q = 0; q < filters.size(); q++) {
                    double[] one = measureOnce(search, filters.get(q));
                    for (int k = 0; k < 4; k++) {
                        samples[q][k][run] = one[k];
                        cpu[q][k][run] = one[5 + k];
                    }
                    hits[q] = (int) one[4];
                }
            }
            for (int q = 0; q < filters.size(); q++) {
                LibraryFilter f = filters.get(q);
                line("search_query", releases).put("query", f.text()).put("filter", describe(f)).put("hits", hits[q])
                        .put("ids_median_ms", BenchReport.median(samples[q][0]), 2)
                        .put("first_rows_median_ms", BenchReport.median(samples[q][1]), 2)
                        .put("rows_median_ms", BenchReport.median(samples[q][2]), 2)
                        .put("snippets_median_ms", BenchReport.median(samples[q][3]), 2).print();
            }
            String[] names = {"search_ranked_ids", "search_first_" + FIRST_CHUNK + "_rows", "search_all_rows",
                "search_snippets_" + VISIBLE_ROWS};
            for (int k = 0; k < names.length; k++) {
                List<Double> all = new ArrayList<>();
                List<Double> allCpu = new ArrayList<>();
                for (int q = 0; q < filters.size(); q++) {
                    addAll(all, samples[q][k]);
                    addAll(allCpu, cpu[q][k]);
                }
                summary(names[k], releases, filters.size(), all, allCpu, loadBefore);
            }
        }
        return 0;
    }

    private static List<LibraryFilter> filters() {
        List<LibraryFilter> filters = new ArrayList<>();
        for (String q : QUERIES) {
            filters.add(new LibraryFilter(null, null, null, q, false));
        }
        filters.add(new LibraryFilter(ReleaseStatus.PUBLISHED, null, null, "pengawasan", false));
        filters.add(new LibraryFilter(ReleaseStatus.DRAFT, ReleaseType.SIARAN_PERS, null, "kampanye", false));
        filters.add(new LibraryFilter(null, ReleaseType.PENGUMUMAN, null, "pemilu", false));
        return filters;
    }

    /**
     * Milliseconds for ranked ids, ranking plus first rows, all rows, snippets of the top rows; then
     * the hits; then the same four as processor time of this thread, which a busy machine does not
     * inflate (all of the work runs on the calling thread).
     */
    private double[] measureOnce(SearchService search, LibraryFilter f) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[5];
        long[] cpu = new long[5];
        wall[0] = System.nanoTime();
        cpu[0] = threads.getCurrentThreadCpuTime();
        RankedIds r = search.rankedIds(f, limit).orElseThrow();
        wall[1] = System.nanoTime();
        cpu[1] = threads.getCurrentThreadCpuTime();
        firstChunk(search, f);
        wall[2] = System.nanoTime();
        cpu[2] = threads.getCurrentThreadCpuTime();
        search.search(f, limit).orElseThrow();
        wall[3] = System.nanoTime();
        cpu[3] = threads.getCurrentThreadCpuTime();
        search.snippets(f.text(), r.ids().subList(0, Math.min(VISIBLE_ROWS, r.ids().size())));
        wall[4] = System.nanoTime();
        cpu[4] = threads.getCurrentThreadCpuTime();
        double[] out = new double[9];
        for (int k = 0; k < 4; k++) {
            out[k] = (wall[k + 1] - wall[k]) / 1e6;
            out[5 + k] = (cpu[k + 1] - cpu[k]) / 1e6;
        }
        out[4] = r.totalHits();
        return out;
    }

    /** Ranking plus the first chunk of rows: what a user waits for before the table fills. */
    private static int firstChunk(SearchService search, LibraryFilter f) {
        int[] n = {0};
        search.stream(f, 1_000, FIRST_CHUNK, FIRST_CHUNK, () -> n[0] > 0, rows -> n[0] += rows.size());
        return n[0];
    }

    private static LibraryFilter trash() {
        return new LibraryFilter(null, null, null, "", true);
    }

    private void summary(String name, int releases, int queries, List<Double> samples, List<Double> cpuSamples,
            double loadBefore) {
        double[] all = samples.stream().mapToDouble(Double::doubleValue).toArray();
        double[] cpu = cpuSamples.stream().mapToDouble(Double::doubleValue).toArray();
        line(name, releases).put("queries", queries).put("runs", runs).put("limit", limit)
                .put("median_ms", BenchReport.median(all), 2).put("p95_ms", BenchReport.percentile(all, 95), 2)
                .put("max_ms", BenchReport.percentile(all, 100), 2).put("cpu_median_ms", BenchReport.median(cpu), 2)
                .put("cpu_p95_ms", BenchReport.percentile(cpu, 95), 2).put("load_avg", loadBefore, 2).print();
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private BenchReport.Line line(String figure, int releases) {
        return new BenchReport(ctx.out()).figure(figure).put("releases", releases);
    }

    private static void addAll(List<Double> to, double[] from) {
        for (double d : from) {
            to.add(d);
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String describe(LibraryFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.status() != null) {
            parts.add("status=" + f.status());
        }
        if (f.type() != null) {
            parts.add("type=" + f.type());
        }
        return String.join(",", parts);
    }
}
