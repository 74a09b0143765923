package id.humasdesk.cli;

import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.Manifest;
import id.humasdesk.logic.bundle.VerifiedBundle;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks a bundle completely and reports; changes nothing. */
@Command(name = "verify", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk verify KAUR-20261206T040000Z.humas.zip"}, description = "Check a bundle: structure, limits, sizes, hashes, signature against the "
        + "pinned office key, schemas. Exit code 0 only when every check passes.")
public final class VerifyCommand implements Callable<Integer> {
    private final CliContext ctx;
    private final Opener<BundleService> store;

    @Parameters(paramLabel = "FILE", description = "the bundle to check")
    Path file;

    public VerifyCommand(CliContext ctx, Opener<BundleService> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        try (Opener.Opened<BundleService> opened = store.open()) {
            BundleService s = opened.services();
            VerifiedBundle v;
            try {
                v = s.verify(file);
            } catch (UserFacingException e) {
                ctx.err().println(ctx.messages().get("cli.verify.failed", file));
                ctx.err().println(ctx.messages().describe(e));
                return 1;
            }
            Manifest m = v.manifest();
            ctx.out().println(ctx.messages().get("cli.verify.ok", file));
            ctx.out().println(ctx.messages().get("cli.verify.office", m.office().name(), m.office().code(),
                    m.key().displayFingerprint()));
            ctx.out().println(ctx.messages().get("cli.verify.bundle", m.bundleId(), m.createdAt(),
                    m.createdBy().fullName(), m.previousBundleId() == null ? "-" : m.previousBundleId()));
            ctx.out().println(ctx.messages().get("cli.verify.contents", v.items().size(), v.photoCount(), v.fileSize(),
                    v.fileSha256()));
            if (m.nextKey() != null) {
                ctx.out().println(ctx.messages().get("cli.verify.rotation", m.nextKey().displayFingerprint()));
            }
        }
        return 0;
    }
}
