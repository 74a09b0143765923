package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The office database server a PC uses, remembered in its data directory as
 * {@code database.properties}: URL, user, and the password only in protected form (decision 0602).
 * No file means the embedded database of the data directory.
 */
public record SavedConnection(String url, String user, String passwordScheme, String protectedPassword) {
    public static final String FILE = "database.properties";

    /** Saves the server and the password, protected by {@code protection}; replaces any earlier choice. */
    public static SavedConnection save(Path dataDir, DatabaseTarget target, SecretProtection protection) {
        SavedConnection saved = new SavedConnection(target.url(), target.user(), protection.scheme(),
                protection.protect(target.password(), context(target.url(), target.user())));
        Properties p = new Properties();
        p.setProperty("url", saved.url);
        p.setProperty("user", saved.user);
        p.setProperty("password.scheme", saved.passwordScheme);
        p.setProperty("password.protected", saved.protectedPassword);
        try {
            AtomicFiles.replace(dataDir.resolve(FILE), AtomicFiles.Access.OWNER_ONLY, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "HumasDesk: the office database server of this PC (decision 0602). "
                        + "The password is protected for this OS user; delete this file to use this PC only.");
                w.flush();
            });
        } catch (IOException e) {
            throw new UserFacingException(e, "error.connection.notSaved", dataDir.resolve(FILE));
        }
        return saved;
    }

    /** The saved server of a data directory, if one was chosen. */
    public static Optional<SavedConnection> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(e, "error.connection.unreadable", file);
        }
        String url = p.getProperty("url", "");
        if (url.isBlank()) {
            throw new UserFacingException("error.connection.unreadable", file);
        }
        return Optional.of(new SavedConnection(url, p.getProperty("user", ""), p.getProperty("password.scheme", ""),
                p.getProperty("password.protected", "")));
    }

    /** Forgets the server: the data directory's own database is used again. */
    public static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.connection.notSaved", dataDir.resolve(FILE));
        }
    }

    /**
     * The target to open: the saved password, or {@code passwordOverride} when given (the
     * environment variable of the command line).
     */
    public DatabaseTarget target(java.nio.file.Path keyDir, String passwordOverride) {
        if (passwordOverride != null) {
            return DatabaseTarget.server(url, user, passwordOverride);
        }
        String password = protectedPassword.isEmpty() ? ""
                : SecretProtection.forScheme(passwordScheme, keyDir).unprotect(protectedPassword, context(url, user));
        return DatabaseTarget.server(url, user, password);
    }

    /** Ties a protected password to its server and user: moved to other settings it does not open. */
    static String context(String url, String user) {
        return "humasdesk-database-password\n" + url + "\n" + user;
    }

    @Override
    public String toString() {
        return "SavedConnection[" + url + ", user=" + user + ", " + passwordScheme + "]";
    }
}
