package id.humasdesk.cli;

import id.humasdesk.logic.services.Services;
import id.humasdesk.model.User;
import java.io.IOException;
import java.util.Arrays;

/** Commands that act for a user sign in like the app does: user name, password on standard input. */
final class SignIn {
    private SignIn() {
    }

    static User as(CliContext ctx, Services s, String username) throws IOException {
        char[] password = Passwords.read(ctx.messages().get("cli.bundle.passwordPrompt", username));
        try {
            return s.accounts().login(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
