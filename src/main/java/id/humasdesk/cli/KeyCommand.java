package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.OfficeKeys;
import id.humasdesk.logic.bundle.PublicKeyInfo;
import id.humasdesk.logic.bundle.TrustedKey;
import id.humasdesk.model.Office;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The office signing key: show, export the public part, trust another office's, rotate. */
@Command(name = "key", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk key show", "  HumasDesk key export --out kaur-key.json"}, description = "Office signing keys.", subcommands = {KeyCommand.Show.class,
        KeyCommand.Export.class, KeyCommand.Trust.class, KeyCommand.Rotate.class, KeyCommand.Seal.class})
public final class KeyCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(AccountService accounts, BundleService bundles) {
    }

    final CliContext ctx;
    final Opener<Deps> store;

    public KeyCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() {
        ctx.err().println(ctx.messages().get("cli.key.usage"));
        return 2;
    }

    private static Office office(Deps s) {
        return s.accounts().office().orElseThrow(() -> new UserFacingException("error.setup.notDone"));
    }

    /** A subcommand that acts for a signed-in administrator; the store is open while it runs. */
    abstract static class SignedIn implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        KeyCommand parent;

        @Mixin
        UserSignIn signIn;

        @Override
        public final Integer call() throws Exception {
            try (Opener.Opened<Deps> opened = parent.store.open()) {
                Deps s = opened.services();
                run(parent.ctx, s);
            }
            return 0;
        }

        abstract void run(CliContext ctx, Deps s) throws Exception;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk key show"}, description = "Print this office's key fingerprint (to read out to headquarters).")
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        KeyCommand parent;

        @Override
        public Integer call() throws Exception {
            CliContext ctx = parent.ctx;
            try (Opener.Opened<Deps> opened = parent.store.open()) {
                Deps s = opened.services();
                PublicKeyInfo k = s.bundles().keys().current().orElseThrow(() -> new UserFacingException(
                        s.bundles().keyCustody() == OfficeKeys.Custody.NOT_SET_UP ? "bundle.key.notSetUp"
                                : "bundle.key.missing"));
                ctx.out().println(ctx.messages().get("cli.key.show", office(s).code(), k.displayFingerprint()));
                ctx.out().println(ctx.messages().label(s.bundles().keyCustody()));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk key export --out kaur-key.json", "  HumasDesk key export --force --out kaur-key.json"},
        description = "Write this office's public key file for headquarters (an existing file only with --force).")
    static final class Export implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        KeyCommand parent;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the key file")
        Path out;

        @Option(names = "--force", description = "overwrite the file if it exists")
        boolean force;

        @Override
        public Integer call() throws Exception {
            CliContext ctx = parent.ctx;
            try (Opener.Opened<Deps> opened = parent.store.open()) {
                Deps s = opened.services();
                Office office = office(s);
                s.bundles().exportPublicKey(out, force);
                PublicKeyInfo k = s.bundles().keys().current().orElseThrow();
                ctx.out().println(ctx.messages().get("cli.key.exported", office.code(), out.toAbsolutePath(),
                        k.displayFingerprint()));
            }
            return 0;
        }
    }

    @Command(name = "trust", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  echo 'kata-sandi' | HumasDesk key trust --user admin kaur-key.json",
            "  echo 'kata-sandi' | HumasDesk key trust --user admin --replace kaur-key-baru.json"},
        description = "Headquarters: pin an office's public key from its key file (a different key for an office "
            + "that has one only with --replace). "
            + "Password read from standard input.")
    static final class Trust extends SignedIn {
        @Parameters(paramLabel = "FILE", description = "the office's key file")
        Path file;

        @Option(names = "--replace", description = "replace the key already pinned for this office (both "
                + "fingerprints are shown; bundles signed with the old key are refused from then on)")
        boolean replace;

        @Override
        void run(CliContext ctx, Deps s) throws Exception {
            BundleService.Pinned p = s.bundles().trust(signIn.signIn(ctx, s.accounts()), file, replace);
            TrustedKey k = p.key();
            if (p.replaced() != null) {
                ctx.out().println(ctx.messages().get("cli.key.replaced", k.officeName(), k.officeCode(),
                        p.replaced().key().displayFingerprint(), k.key().displayFingerprint()));
            } else {
                ctx.out().println(ctx.messages().get("cli.key.trusted", k.officeName(), k.officeCode(),
                        k.key().displayFingerprint()));
            }
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  echo 'kata-sandi' | HumasDesk key rotate --user admin"}, description = "Prepare a new office key; the next export announces it under the "
            + "current key, then switches. Password read from standard input (then the office key passphrase "
            + "when the key is sealed).")
    static final class Rotate extends SignedIn {
        @Override
        void run(CliContext ctx, Deps s) throws Exception {
            User me = signIn.signInToSign(ctx, s.accounts(), s.bundles());
            PublicKeyInfo next = s.bundles().rotateKey(me);
            ctx.out().println(ctx.messages().get("cli.key.rotated", next.displayFingerprint()));
        }
    }

    @Command(name = "seal", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  printf '%%s\\n' 'kata-sandi' 'frasa sandi kunci kantor' 'frasa sandi kunci kantor' "
            + "| HumasDesk --db-url jdbc:postgresql://db.kantor.lan/humasdesk --db-user humas key seal --user admin"},
        description = "Keep the office signing key only in the office database, encrypted with a passphrase "
            + "(needed on an office database server). This PC's key file is used, so headquarters' pin stays "
            + "valid, and then deleted. Reads the administrator's password, then the new passphrase twice, "
            + "from standard input.")
    static final class Seal extends SignedIn {
        @Override
        void run(CliContext ctx, Deps s) throws Exception {
            User me = signIn.signIn(ctx, s.accounts());
            char[] passphrase = Passwords.readTwice(ctx.messages().get("cli.key.newPassphrasePrompt"),
                    ctx.messages().get("cli.key.repeatPassphrasePrompt"), "cli.key.passphraseMismatch");
            try {
                PublicKeyInfo k = s.bundles().sealKey(me, passphrase);
                ctx.out().println(ctx.messages().get("cli.key.sealed", k.displayFingerprint()));
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }
}
