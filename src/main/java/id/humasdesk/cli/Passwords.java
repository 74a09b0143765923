package id.humasdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads a password from the terminal without echo, or from standard input in scripts. */
final class Passwords {
    private Passwords() {
    }

    static char[] read(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("%s", prompt);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
