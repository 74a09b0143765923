package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.support.StoreBackends;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sealed office key from the command line, as real processes on an office database server
 * (decision 0611): a server office has no key until an administrator runs {@code key seal}; then a
 * second PC exports only when an administrator gives the passphrase, and says what to do otherwise.
 * Needs the PostgreSQL test server.
 */
class SealedKeyCliTest {
    private static final String PASSWORD = "Rahasia-Kaur-1";
    private static final String PASSPHRASE = "frasa sandi kunci Kaur 2026";
    @TempDir
    Path tmp;
    private StoreBackends.Server server;
    private String database;

    @BeforeEach
    void createDatabase() throws Exception {
        Assumptions.assumeTrue(StoreBackends.server().isPresent(),
                "needs a PostgreSQL server (-Dhumasdesk.test.pg.url, see README)");
        server = StoreBackends.server().get();
        database = "hd_key_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = server.admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            try (Connection c = server.admin(); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private record Run(int exit, String output) {
    }

    private Run run(Path dataDir, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhumasdesk.pbkdf2.iterations=1000", "-Dhumasdesk.keyseal.iterations=1000",
                "-cp", System.getProperty("java.class.path"),
                "id.humasdesk.app.Main", "--lang", "en", "--data-dir", dataDir.toString(),
                "--db-url", server.urlOf(database), "--db-user", server.user()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(MainCommand.DB_PASSWORD_ENV, server.password());
        pb.environment().remove("HUMASDESK_KEY_PASSPHRASE");
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aServerOfficeSignsOnlyWithTheSealedKeyAndAnAdministratorsPassphrase() throws Exception {
        Run init = run(tmp.resolve("pc1"), PASSWORD + "\n", "init", "--office-name", "Bawaslu Kabupaten Kaur",
                "--office-code", "KAUR", "--level", "kabupaten", "--province", "Bengkulu", "--admin", "admin");
        assertThat(init.exit()).as(init.output()).isZero();
        assertThat(tmp.resolve("pc1/keys/office-signing.key")).as("no plain key file on a server office")
                .doesNotExist();

        Run notYet = run(tmp.resolve("pc2"), PASSWORD + "\n", "export", "--user", "admin");
        assertThat(notYet.exit()).isEqualTo(1);
        assertThat(notYet.output()).contains("not set up on the office database yet").contains("key seal");

        Run mismatch = run(tmp.resolve("pc1"), PASSWORD + "\n" + PASSPHRASE + "\nanders\n", "key", "seal",
                "--user", "admin");
        assertThat(mismatch.exit()).isEqualTo(1);
        assertThat(mismatch.output()).contains("The two passphrases differ");
        Run seal = run(tmp.resolve("pc1"), PASSWORD + "\n" + PASSPHRASE + "\n" + PASSPHRASE + "\n", "key", "seal",
                "--user", "admin");
        assertThat(seal.exit()).as(seal.output()).isZero();
        assertThat(seal.output()).contains("is now sealed in the office database");

        Run show = run(tmp.resolve("pc2"), "", "key", "show");
        assertThat(show.exit()).as(show.output()).isZero();
        assertThat(show.output()).contains("locked on this PC");

        Run noPassphrase = run(tmp.resolve("pc2"), PASSWORD + "\n", "export", "--user", "admin");
        assertThat(noPassphrase.exit()).isEqualTo(1);
        assertThat(noPassphrase.output()).contains("no passphrase was given")
                .contains("HUMASDESK_KEY_PASSPHRASE");

        Run wrong = run(tmp.resolve("pc2"), PASSWORD + "\nfrasa sandi keliru\n", "export", "--user", "admin");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.output()).contains("passphrase is wrong");

        Run ok = run(tmp.resolve("pc2"), PASSWORD + "\n" + PASSPHRASE + "\n", "export", "--user", "admin");
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("Bundle written");
        assertThat(tmp.resolve("pc2/keys/office-signing.key")).doesNotExist();
    }
}
