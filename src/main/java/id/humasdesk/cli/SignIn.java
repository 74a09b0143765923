package id.humasdesk.cli;

import id.humasdesk.model.User;
import id.humasdesk.logic.account.AccountService;
import java.io.IOException;
import java.util.Arrays;

/** Commands that act for a user sign in like the app does: user name, password on standard input. */
final class SignIn {
    private SignIn() {
    }

    static User as(CliContext ctx, AccountService accounts, String username) throws IOException {
        char[] password = Passwords.read(ctx.messages().get("cli.bundle.passwordPrompt", username));
        try {
            return accounts.login(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
