package id.humasdesk.cli;

import id.humasdesk.logic.bundle.OfficeKeys;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.logic.bundle.BundleService;
import java.io.IOException;
import id.humasdesk.logic.bundle.BundleService;
import java.util.Arrays;

/**
 * A command that signs on an office whose key is sealed (decision 0611) unlocks it first, for this
 * run only: an administrator gives the office key passphrase in the environment variable
 * {@value #ENV} or on the line after the password. Anything else is refused with what to do.
 */
final class KeyUnlock {
    static final String ENV = "HUMASDESK_KEY_PASSPHRASE";

    private KeyUnlock() {
    }

    static void ifSealed(CliContext ctx, BundleService bundles, User me) throws IOException {
        OfficeKeys.Custody custody = bundles.keyCustody();
        if (custody == OfficeKeys.Custody.NOT_SET_UP) {
            throw new UserFacingException("bundle.key.notSetUp");
        }
        if (custody != OfficeKeys.Custody.SEALED_LOCKED) {
            return;
        }
        if (!me.has(Role.ADMIN)) {
            throw new UserFacingException("cli.key.lockedNotAdmin");
        }
        String env = System.getenv(ENV);
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
    }
}
