package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.publish.CardLayout;
import id.humasdesk.logic.publish.Output;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.logic.publish.PublishService;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One release as PDF, DOCX, HTML, social card or WhatsApp text, without a display. */
@Command(name = "render", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  echo 'kata-sandi' | HumasDesk render --user rina --release UUID --format pdf --out rilis.pdf", "  echo 'kata-sandi' | HumasDesk render --user rina --release UUID --format card --layout 2 --out kartu.png"}, description = "Write one release as pdf, docx, html, card (PNG) or whatsapp (text). "
        + "Unapproved releases only give a watermarked PDF preview. Password read from standard input.")
public final class RenderCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(AccountService accounts, PublishService publish) {
    }

    private final CliContext ctx;
    private final Opener<Deps> store;

    @Mixin
    UserSignIn signIn;

    @Option(names = "--release", required = true, paramLabel = "UUID", description = "the release")
    UUID release;

    @Option(names = "--format", required = true, paramLabel = "pdf|docx|html|card|whatsapp",
            description = "what to write")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write it")
    Path out;

    @Option(names = "--layout", defaultValue = "1", paramLabel = "N", description = "card layout 1-3 "
            + "(band, overlay, poster; default: ${DEFAULT-VALUE})")
    int layout;

    @Option(names = "--portrait", description = "card of 1080x1350 instead of 1080x1080")
    boolean portrait;

    @Option(names = "--force", description = "overwrite --out if it exists")
    boolean force;

    public RenderCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        OutputFormat f = parse(format);
        CardLayout cardLayout = CardLayout.ofNumber(layout);
        id.humasdesk.logic.common.OutputFiles.check(out, ctx.dataDirectory(), force);
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            User me = signIn.signIn(ctx, s.accounts());
            long start = System.nanoTime();
            Output o = s.publish().render(me, release, f, cardLayout,
                    portrait ? CardLayout.Size.PORTRAIT : CardLayout.Size.SQUARE);
            Path written = OutputFile.write(out, o.bytes(), force, ctx.dataDirectory());
            ctx.out().println(ctx.messages().get("cli.render.done", written, o.bytes().length,
                    (System.nanoTime() - start) / 1_000_000));
        }
        return 0;
    }

    static OutputFormat parse(String s) {
        try {
            return OutputFormat.parse(s);
        } catch (IllegalArgumentException e) {
            throw new id.humasdesk.model.UserFacingException("error.cli.formatInvalid", s);
        }
    }
}
