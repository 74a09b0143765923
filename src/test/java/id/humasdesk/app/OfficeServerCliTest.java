package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.services.Services;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.support.StoreBackends;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
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
 * The command line against an office database server, as real processes: {@code init --db-url}
 * sets up an office on an empty PostgreSQL database, a second PC (another data directory) joins it
 * without a second setup, and a wrong password is told plainly. Needs the PostgreSQL test server.
 */
class OfficeServerCliTest {
    @TempDir
    Path tmp;
    private StoreBackends.Server server;
    private String database;

    @BeforeEach
    void createDatabase() throws Exception {
        Assumptions.assumeTrue(StoreBackends.server().isPresent(),
                "needs a PostgreSQL server (-Dhumasdesk.test.pg.url, see README)");
        server = StoreBackends.server().get();
        database = "hd_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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

    private Run run(Path dataDir, String password, String stdin, String... args) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhumasdesk.pbkdf2.iterations=1000", "-cp", System.getProperty("java.class.path"),
                "id.humasdesk.app.Main", "--lang", "en", "--data-dir", dataDir.toString(),
                "--db-url", server.urlOf(database), "--db-user", server.user()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(MainCommand.DB_PASSWORD_ENV, password);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void initSetsUpAnOfficeOnAnEmptyServerAndASecondPcJoinsWithoutASecondSetup() throws Exception {
        String[] init = {"init", "--office-name", "Bawaslu Kabupaten Kaur", "--office-code", "KAUR",
            "--level", "kabupaten", "--province", "Bengkulu", "--admin", "admin"};
        Run first = run(tmp.resolve("pc1"), server.password(), "Rahasia-Kaur-1\n", init);
        assertThat(first.exit()).as(first.output()).isZero();

        Run again = run(tmp.resolve("pc2"), server.password(), "Lain-Lagi-2\n", init);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.output()).contains("This office has already been set up.");

        Run bench = run(tmp.resolve("pc2"), server.password(), "", "bench", "--runs", "1");
        assertThat(bench.exit()).as(bench.output()).isZero();

        // The second PC opens the shared office: set up, the first PC's admin signs in there.
        try (Services pc2 = Wiring.open(tmp.resolve("pc2"), DatabaseTarget.server(server.urlOf(database),
                server.user(), server.password()), Clock.systemUTC())) {
            assertThat(pc2.accounts().isSetUp()).isTrue();
            assertThat(pc2.accounts().login("admin", "Rahasia-Kaur-1".toCharArray()).username()).isEqualTo("admin");
            assertThat(pc2.accounts().office().orElseThrow().code()).isEqualTo("KAUR");
        }

        Run wrong = run(tmp.resolve("pc3"), server.password() + "-salah", "", "bench", "--runs", "1");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.output()).contains("refused the login of user " + server.user());
    }
}
