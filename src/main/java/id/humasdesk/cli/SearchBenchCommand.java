package id.humasdesk.cli;

import id.humasdesk.logic.Services;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.search.RankedIds;
import id.humasdesk.logic.search.SearchService;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures full-text search over the data directory and prints one JSON line per figure: start-up,
 * a full index rebuild, then each query of a fixed set, and the median and 95th percentile over all.
 * Not a test: a measurement.
 */
@Command(name = "search-bench",
        description = "Measure full-text search and index rebuild over the data directory; one JSON line per figure.")
public final class SearchBenchCommand implements Callable<Integer> {
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
    private final CliContext ctx;

    @Option(names = "--runs", defaultValue = "9", description = "repetitions per query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--limit", defaultValue = "1000", description = "ranked rows per query (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--no-rebuild", description = "skip the timed full rebuild")
    boolean noRebuild;

    public SearchBenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        long open = System.nanoTime();
        try (Services s = ctx.open()) {
            SearchService search = s.search();
            int releases = s.library().count(LibraryFilter.ALL) + s.library().count(trash());
            boolean ready = search.awaitReady(Duration.ofMinutes(30));
            line("search_startup", releases, "\"state\":\"" + search.status().state() + "\",\"ready\":" + ready
                    + ",\"ms\":" + ms(open));
            if (!ready) {
                return 1;
            }
            if (!noRebuild) {
                long t = System.nanoTime();
                boolean rebuilt = search.rebuildAndWait(Duration.ofMinutes(30));
                line("search_index_rebuild", releases, "\"ok\":" + rebuilt + ",\"ms\":" + ms(t));
            }
            List<LibraryFilter> filters = new ArrayList<>();
            for (String q : QUERIES) {
                filters.add(new LibraryFilter(null, null, null, q, false));
            }
            filters.add(new LibraryFilter(ReleaseStatus.PUBLISHED, null, null, "pengawasan", false));
            filters.add(new LibraryFilter(ReleaseStatus.DRAFT, ReleaseType.SIARAN_PERS, null, "kampanye", false));
            filters.add(new LibraryFilter(null, ReleaseType.PENGUMUMAN, null, "pemilu", false));
            for (LibraryFilter f : filters) {
                search.rankedIds(f, limit);
                search.search(f, limit);
            }
            List<Double> ids = new ArrayList<>();
            List<Double> first = new ArrayList<>();
            List<Double> rows = new ArrayList<>();
            List<Double> snippets = new ArrayList<>();
            for (LibraryFilter f : filters) {
                double[] one = time(() -> search.rankedIds(f, limit).orElseThrow());
                RankedIds r = search.rankedIds(f, limit).orElseThrow();
                double[] firstRows = time(() -> firstChunk(search, f));
                double[] full = time(() -> search.search(f, limit).orElseThrow());
                List<UUID> visible = r.ids().subList(0, Math.min(VISIBLE_ROWS, r.ids().size()));
                double[] snip = time(() -> search.snippets(f.text(), visible));
                addAll(ids, one);
                addAll(first, firstRows);
                addAll(rows, full);
                addAll(snippets, snip);
                line("search_query", releases, String.format(Locale.ROOT,
                        "\"query\":\"%s\",\"filter\":\"%s\",\"hits\":%d,\"ids_median_ms\":%.2f,"
                                + "\"first_rows_median_ms\":%.2f,\"rows_median_ms\":%.2f,\"snippets_median_ms\":%.2f",
                        json(f.text()), describe(f), r.totalHits(), median(one), median(firstRows), median(full),
                        median(snip)));
            }
            summary("search_ranked_ids", releases, filters.size(), ids);
            summary("search_first_" + FIRST_CHUNK + "_rows", releases, filters.size(), first);
            summary("search_all_rows", releases, filters.size(), rows);
            summary("search_snippets_" + VISIBLE_ROWS, releases, filters.size(), snippets);
        }
        return 0;
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

    private double[] time(Supplier<?> work) {
        double[] out = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            out[i] = (System.nanoTime() - t) / 1e6;
        }
        return out;
    }

    private void summary(String name, int releases, int queries, List<Double> samples) {
        double[] all = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        line(name, releases, String.format(Locale.ROOT,
                "\"queries\":%d,\"runs\":%d,\"limit\":%d,\"median_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f", queries,
                runs, limit, percentile(all, 50), percentile(all, 95), all[all.length - 1]));
    }

    private void line(String figure, int releases, String rest) {
        ctx.out().println("{\"figure\":\"" + figure + "\",\"releases\":" + releases + "," + rest + "}");
        ctx.out().flush();
    }

    private static void addAll(List<Double> to, double[] from) {
        for (double d : from) {
            to.add(d);
        }
    }

    private static double median(double[] samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return percentile(s, 50);
    }

    /** Nearest-rank percentile of sorted samples. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
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

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
