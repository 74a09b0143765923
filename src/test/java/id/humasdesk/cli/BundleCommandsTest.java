package id.humasdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Commands;
import id.humasdesk.app.Wiring;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless journey of issue 5: an office exports, headquarters trusts, verifies and imports. */
class BundleCommandsTest {
    static final String HQ_PASSWORD = "KantorPusat2026";
    @TempDir
    Path tmp;
    InputStream stdin;

    /** One run of a command against a data directory, with what it printed. */
    record Run(int exit, String out, String err) {
    }

    static final class Ctx implements Commands.Context {
        final Path dir;
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final PrintWriter o = new PrintWriter(out, true);
        final PrintWriter e = new PrintWriter(err, true);

        Ctx(Path dir) {
            this.dir = dir;
        }

        @Override
        public Path dataDirectory() {
            return dir;
        }

        @Override
        public Services open() {
            return Wiring.open(dir, Clock.systemUTC());
        }

        @Override
        public Messages messages() {
            return new Messages(Locale.ENGLISH);
        }

        @Override
        public PrintWriter out() {
            return o;
        }

        @Override
        public PrintWriter err() {
            return e;
        }
    }

    @BeforeEach
    void keepStdin() throws Exception {
        stdin = System.in;
        try (Services s = Wiring.open(tmp.resolve("kaur"), Clock.systemUTC())) {
            s.demo().generate(60, 1, n -> { });
        }
        try (Services s = Wiring.open(tmp.resolve("hq"), Clock.systemUTC())) {
            s.accounts().setUp(new OfficeSetup(new Office("RI", "Bawaslu Republik Indonesia", OfficeLevel.PUSAT, null,
                    ZoneId.of("Asia/Jakarta")), "admin", "Admin Pusat", HQ_PASSWORD.toCharArray()));
        }
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    Run run(String station, String password, Function<Ctx, Callable<Integer>> command, String... args) {
        Ctx ctx = new Ctx(tmp.resolve(station));
        System.setIn(new ByteArrayInputStream(((password == null ? "" : password) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        CommandLine cl = new CommandLine(command.apply(ctx));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            ctx.err().println(ctx.messages().describe(ex));
            return 1;
        });
        int exit = cl.execute(args);
        return new Run(exit, ctx.out.toString(), ctx.err.toString());
    }

    @Test
    void exportTrustVerifyImportFromTheCommandLine() throws Exception {
        Path bundle = tmp.resolve("kaur.humas.zip");
        Path key = tmp.resolve("kaur.key.json");
        Run export = run("kaur", DemoGenerator.DEMO_PASSWORD, Commands::export, "--user", "admin", "--out",
                bundle.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Bundle written: " + bundle);
        assertThat(run("kaur", null, Commands::key, "export", "--out", key.toString()).exit()).isZero();

        Run untrusted = run("hq", null, Commands::verify, bundle.toString());
        assertThat(untrusted.exit()).isEqualTo(1);
        assertThat(untrusted.err()).contains("REFUSED").contains("No key is trusted for office KAUR");

        Run trust = run("hq", HQ_PASSWORD, Commands::key, "trust", key.toString(), "--user", "admin");
        assertThat(trust.exit()).as(trust.err()).isZero();
        assertThat(trust.out()).contains("(KAUR) is now trusted");

        Run verify = run("hq", null, Commands::verify, bundle.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("is valid").contains("Office: Bawaslu Kabupaten Kaur (KAUR)");

        Run imported = run("hq", HQ_PASSWORD, Commands::importBundles, "--user", "admin", bundle.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).containsPattern("New: [1-9]\\d*, updated: 0, unchanged: 0, conflicts: 0, rejected: 0");
        Run again = run("hq", HQ_PASSWORD, Commands::importBundles, "--user", "admin", bundle.toString());
        assertThat(again.out()).containsPattern("New: 0, updated: 0, unchanged: [1-9]");

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 0x10;
        Path broken = tmp.resolve("broken.humas.zip");
        Files.write(broken, bytes);
        assertThat(run("hq", null, Commands::verify, broken.toString()).exit()).isEqualTo(1);
        Run refused = run("hq", HQ_PASSWORD, Commands::importBundles, "--user", "admin", broken.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Rejected: " + broken).contains("Nothing was saved");
    }

    @Test
    void wrongInputsFailWithAMessageAndExitCodeOne() {
        Run badDate = run("kaur", DemoGenerator.DEMO_PASSWORD, Commands::export, "--user", "admin", "--from",
                "28-11-2026");
        assertThat(badDate.exit()).isEqualTo(1);
        assertThat(badDate.err()).contains("The date “28-11-2026” is not valid");
        Run wrongPassword = run("kaur", "salah-sandi", Commands::export, "--user", "admin");
        assertThat(wrongPassword.exit()).isEqualTo(1);
        Run missing = run("hq", null, Commands::verify, tmp.resolve("none.zip").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("was not found");
    }
}
