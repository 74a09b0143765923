package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.ImportResult;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Headquarters takes in bundles: all verified first, then one transaction, or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  echo 'kata-sandi' | HumasDesk import --user admin kotak-masuk/*.humas.zip"}, description = "As an administrator, verify bundles, then import them all in one transaction (nothing is "
        + "written if any file fails). Password read from standard input.")
public final class ImportCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(AccountService accounts, BundleService bundles) {
    }

    private final CliContext ctx;
    private final Opener<Deps> store;

    @Mixin
    UserSignIn signIn;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "bundle files")
    List<Path> files;

    public ImportCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            User me = signIn.signIn(ctx, s.accounts());
            ImportResult r = s.bundles().importBundles(me, files);
            for (ImportResult.Rejection x : r.rejected()) {
                ctx.err().println(ctx.messages().get("cli.import.rejected", x.file(),
                        ctx.messages().get(x.messageKey(), x.arguments())));
            }
            for (ImportResult.Gap g : r.gaps()) {
                ctx.err().println(ctx.messages().get("cli.import.gap", g.officeCode(), g.bundleId(),
                        g.missingPreviousId()));
            }
            for (ImportResult.Rotation k : r.rotations()) {
                ctx.out().println(ctx.messages().get("cli.import.rotation", k.officeCode(), k.newFingerprint()));
            }
            ctx.out().println(ctx.messages().get("cli.import.counts", r.added(), r.updated(), r.unchanged(),
                    r.conflicts(), r.rejected().size(), r.bundles(), (System.nanoTime() - start) / 1_000_000));
            if (!r.ok()) {
                ctx.err().println(ctx.messages().get("cli.import.nothingWritten"));
                return 1;
            }
        }
        return 0;
    }
}
