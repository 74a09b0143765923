package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.OfficeKeys;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * The {@code --user} option of every command that acts for a user, and signing in the way the app
 * does: the password from the terminal (hidden) or the next line of standard input. A command that
 * signs bundles also unlocks a sealed office key for this run (decision 0611): an administrator
 * gives its passphrase in {@value #PASSPHRASE_ENV} or on the line after the password.
 */
final class UserSignIn {
    static final String PASSPHRASE_ENV = "HUMASDESK_KEY_PASSPHRASE";

    @Option(names = "--user", required = true, paramLabel = "NAME",
            description = "who signs in (the command names the role it needs); password read from standard input")
    String user;

    /** Signs in as {@code --user}. */
    User signIn(CliContext ctx, AccountService accounts) throws IOException {
        char[] password = Passwords.read(ctx.messages().get("cli.bundle.passwordPrompt", user));
        try {
            return accounts.login(user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Signs in, then makes sure the office key can sign: set up, and unlocked when it is sealed. */
    User signInToSign(CliContext ctx, AccountService accounts, BundleService bundles) throws IOException {
        User me = signIn(ctx, accounts);
        OfficeKeys.Custody custody = bundles.keyCustody();
        if (custody == OfficeKeys.Custody.NOT_SET_UP) {
            throw new UserFacingException("bundle.key.notSetUp");
        }
        if (custody != OfficeKeys.Custody.SEALED_LOCKED) {
            return me;
        }
        if (!me.has(Role.ADMIN)) {
            throw new UserFacingException("cli.key.lockedNotAdmin");
        }
        String env = System.getenv(PASSPHRASE_ENV);
        char[] passphrase = env != null && !env.isEmpty() ? env.toCharArray()
                : Passwords.read(ctx.messages().get("cli.key.passphrasePrompt"));
        try {
            if (passphrase.length == 0) {
                throw new UserFacingException("cli.key.passphraseMissing");
            }
            bundles.unlockKey(me, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return me;
    }
}
