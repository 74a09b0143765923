package id.humasdesk.cli;

import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.logic.publish.CardLayout;
import id.humasdesk.logic.publish.OfficeIdentity;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.logic.publish.PublishService;
import id.humasdesk.logic.publish.ReleaseSheet;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.UserFacingException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times each output of one release (median of N warm runs, wall clock and this thread's CPU time, which
 * stays meaningful on a shared machine); one JSON line per figure. Not a test.
 */
@Command(name = "publish-bench", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk --data-dir /tmp/demo publish-bench --runs 5"}, description = "Measure rendering one release to pdf, docx, html, card and "
        + "whatsapp; one JSON line per figure.")
public final class PublishBenchCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(DraftService drafts, LibraryService library, PublishService publish) {
    }

    private final CliContext ctx;
    private final Opener<Deps> store;

    @Option(names = "--release", paramLabel = "UUID", description = "the release (default: the newest approved, "
            + "scheduled or published one)")
    UUID release;

    @Option(names = "--runs", defaultValue = "9", description = "repetitions per figure (default: ${DEFAULT-VALUE})")
    int runs;

    public PublishBenchCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() {
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            Release r = s.drafts().load(release != null ? release : pick(s));
            PublishService p = s.publish();
            OfficeIdentity id = p.identity();
            figure("sheet", r, () -> p.sheet(r, id).body().size());
            ReleaseSheet sheet = p.sheet(r, id);
            if (!PublishService.isFinal(r.status())) {
                figure("pdf_preview", r, () -> p.render(sheet, OutputFormat.PDF, null, null).bytes().length);
                return 0;
            }
            figure("pdf", r, () -> p.render(sheet, OutputFormat.PDF, null, null).bytes().length);
            figure("docx", r, () -> p.render(sheet, OutputFormat.DOCX, null, null).bytes().length);
            figure("html", r, () -> p.render(sheet, OutputFormat.HTML, null, null).bytes().length);
            figure("whatsapp", r, () -> p.render(sheet, OutputFormat.WHATSAPP, null, null).bytes().length);
            for (CardLayout l : CardLayout.values()) {
                for (CardLayout.Size z : CardLayout.Size.values()) {
                    figure("card[" + l.name().toLowerCase(Locale.ROOT) + "," + z.width() + "x" + z.height() + "]", r,
                            () -> p.render(sheet, OutputFormat.CARD, l, z).bytes().length);
                }
            }
        } catch (Exception e) {
            ctx.err().println(ctx.messages().describe(e));
            return 1;
        }
        return 0;
    }

    private static UUID pick(Deps s) {
        for (ReleaseStatus st : List.of(ReleaseStatus.PUBLISHED, ReleaseStatus.SCHEDULED, ReleaseStatus.APPROVED)) {
            List<ReleaseSummary> rows = s.library().firstPage(new LibraryFilter(st, null, null, "", false), 1);
            if (!rows.isEmpty()) {
                return rows.get(0).id();
            }
        }
        throw new UserFacingException("error.publish.benchNoRelease");
    }

    private void figure(String name, Release r, IntSupplier work) {
        long t0 = System.nanoTime();
        work.getAsInt();
        double firstMs = (System.nanoTime() - t0) / 1e6;
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            bytes = work.getAsInt();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        new BenchReport(ctx.out()).figure(name).put("release", r.id().toString())
                .put("paragraphs", r.content().paragraphs().size()).put("photos", r.content().photos().size())
                .put("bytes", bytes).put("runs", runs).put("first_ms", firstMs, 1).timings("", ms, 1)
                .put("median_cpu_ms", BenchReport.median(cpu), 1).load("load").print();
    }
}
