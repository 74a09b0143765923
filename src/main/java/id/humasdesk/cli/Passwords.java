package id.humasdesk.cli;

import id.humasdesk.model.UserFacingException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a password from the terminal without echo, or line by line from standard input in scripts
 * (one reader for the whole run, so a second secret, such as the office key passphrase after the
 * password, is the next line).
 */
final class Passwords {
    private static InputStream source;
    private static BufferedReader reader;

    private Passwords() {
    }

    static char[] read(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? new char[0] : typed;
        }
        String line = lines().readLine();
        return line == null ? new char[0] : line.toCharArray();
    }

    /** A new secret typed twice; refused with {@code mismatchKey} when the two differ. The caller clears it. */
    static char[] readTwice(String prompt, String againPrompt, String mismatchKey) throws IOException {
        char[] first = read(prompt);
        char[] again = read(againPrompt);
        try {
            if (!Arrays.equals(first, again)) {
                Arrays.fill(first, '\0');
                throw new UserFacingException(mismatchKey);
            }
            return first;
        } finally {
            Arrays.fill(again, '\0');
        }
    }

    private static synchronized BufferedReader lines() {
        if (reader == null || source != System.in) {
            source = System.in;
            reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return reader;
    }
}
