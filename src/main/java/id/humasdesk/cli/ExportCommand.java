package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ExportReconciler;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.model.Office;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a signed bundle for headquarters. */
@Command(name = "export", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  echo 'kata-sandi' | HumasDesk export --user rina --out kaur.humas.zip", "  echo 'kata-sandi' | HumasDesk export --user rina --from 2026-12-01 --to 2026-12-06",
            "  echo 'kata-sandi' | HumasDesk export --user rina --force --out kaur.humas.zip",
            "  printf '%%s\\n' 'kata-sandi' 'frasa sandi kunci kantor' | HumasDesk export --user admin"}, description = "Write a signed bundle of approved, scheduled and published releases, as a reviewer or an administrator "
        + "(default: everything not yet sent). Password read from standard input; when the office key is "
        + "sealed (an office database server), an administrator gives the office key passphrase on the next "
        + "line or in $HUMASDESK_KEY_PASSPHRASE.")
public final class ExportCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(AccountService accounts, BundleService bundles, Clock clock) {
    }

    private final CliContext ctx;
    private final Opener<Deps> store;

    @Mixin
    UserSignIn signIn;

    @Option(names = "--out", paramLabel = "FILE", description = "bundle file (default: exports/CODE-TIME.humas.zip "
            + "in the data directory)")
    Path out;

    @Option(names = "--force", description = "overwrite the file named by --out if it exists")
    boolean force;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "releases changed on or after this day "
            + "(office time zone)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "releases changed on or before this day")
    String to;

    @Option(names = "--release", paramLabel = "UUID", description = "send these releases (repeatable)")
    List<UUID> picked;

    public ExportCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            User me = signIn.signInToSign(ctx, s.accounts(), s.bundles());
            Office office = s.accounts().office().orElseThrow(() -> new UserFacingException("error.setup.notDone"));
            for (ExportReconciler.Orphan o : s.bundles().reconcileExports().orphans()) {
                ctx.err().println(ctx.messages().get("bundle.reconcile.orphan", o.file(), o.renamedTo()));
            }
            BundleWriter.Written w = s.bundles().export(me, selection(office, s.clock().instant()), out,
                    force, BundleWriter.Progress.NONE);
            ctx.out().println(ctx.messages().get("cli.export.done", w.file(), w.manifest().itemCount(), w.photos(),
                    w.size(), w.sha256(), w.manifest().bundleId(), (System.nanoTime() - start) / 1_000_000));
        }
        return 0;
    }

    private ExportSelection selection(Office office, Instant now) {
        if (picked != null && !picked.isEmpty()) {
            if (from != null || to != null) {
                throw new UserFacingException("error.cli.selectionMixed");
            }
            return ExportSelection.picked(Set.copyOf(picked));
        }
        if (from == null && to == null) {
            return ExportSelection.SINCE_LAST;
        }
        Instant start = from == null ? Instant.EPOCH : day(from).atStartOfDay(office.zone()).toInstant();
        Instant end = to == null ? now.plusSeconds(1) : day(to).plusDays(1).atStartOfDay(office.zone()).toInstant();
        if (!start.isBefore(end)) {
            throw new UserFacingException("error.cli.rangeOrder", from, to);
        }
        return ExportSelection.range(start, end);
    }

    private static LocalDate day(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "error.cli.dateInvalid", s);
        }
    }
}
