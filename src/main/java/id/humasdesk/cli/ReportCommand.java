package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.publish.Output;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.logic.publish.PublishService;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The monthly activity report (Laporan Kegiatan Kehumasan) as PDF or DOCX. */
@Command(name = "report", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  echo 'kata-sandi' | HumasDesk report --user rina --month 2026-11 --format docx --out laporan-november.docx",
            "  echo 'kata-sandi' | HumasDesk report --user kabag --month 2026-11 --regional --out rekap-november.pdf"},
        description = "Write the monthly public-relations activity report as pdf or docx; with --regional, the "
        + "summary per office and province of the bundles received (headquarters and provinces). "
        + "Password read from standard input.")
public final class ReportCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(AccountService accounts, PublishService publish) {
    }

    private final CliContext ctx;
    private final Opener<Deps> store;

    @Mixin
    UserSignIn signIn;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "e.g. 2026-11")
    String month;

    @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf|docx", description = "default: "
            + "${DEFAULT-VALUE}")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write it")
    Path out;

    @Option(names = "--regional", description = "sum up the offices below this one from their received bundles")
    boolean regional;

    @Option(names = "--force", description = "overwrite --out if it exists")
    boolean force;

    public ReportCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "error.cli.monthInvalid", month);
        }
        OutputFormat f = RenderCommand.parse(format);
        id.humasdesk.logic.common.OutputFiles.check(out, ctx.dataDirectory(), force);
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            User me = signIn.signIn(ctx, s.accounts());
            long start = System.nanoTime();
            Output o = regional ? s.publish().regionalReport(me, m, f) : s.publish().report(me, m, f);
            Path written = OutputFile.write(out, o.bytes(), force, ctx.dataDirectory());
            ctx.out().println(ctx.messages().get("cli.render.done", written, o.bytes().length,
                    (System.nanoTime() - start) / 1_000_000));
        }
        return 0;
    }
}
