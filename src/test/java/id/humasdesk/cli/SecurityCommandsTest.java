package id.humasdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Commands;
import id.humasdesk.app.Wiring;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line bypasses of issue 10, tried as an attacker would try them. */
class SecurityCommandsTest {
    static final String PASSWORD = "KantorKaur2026";
    @TempDir
    Path tmp;
    InputStream stdin;

    @BeforeEach
    void keepStdin() {
        stdin = System.in;
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    BundleCommandsTest.Run run(String station, String password, Function<BundleCommandsTest.Ctx, Callable<Integer>> command,
            String... args) {
        BundleCommandsTest.Ctx ctx = new BundleCommandsTest.Ctx(tmp.resolve(station));
        System.setIn(new ByteArrayInputStream(((password == null ? "" : password) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        CommandLine cl = new CommandLine(command.apply(ctx));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            ctx.err().println(ctx.messages().describe(ex));
            return 1;
        });
        int exit = cl.execute(args);
        return new BundleCommandsTest.Run(exit, ctx.out.toString(), ctx.err.toString());
    }

    /** A real office, set up the way init and the wizard do it. */
    void realOffice(String station) {
        try (Services s = Wiring.open(tmp.resolve(station), Clock.systemUTC())) {
            s.accounts().setUp(new OfficeSetup(new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN,
                    Province.BENGKULU, Province.BENGKULU.zone().zoneId()), "admin", "Admin Kaur",
                    PASSWORD.toCharArray()));
        }
    }

    List<String> passwordHashes(String station) throws Exception {
        List<String> out = new ArrayList<>();
        String url = "jdbc:h2:file:" + tmp.resolve(station).resolve("db").resolve("humasdesk");
        try (Connection c = DriverManager.getConnection(url, "humasdesk", ""); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT password_hash FROM app_user ORDER BY username")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void generateRefusesARealOfficeAndLeavesItUntouched() throws Exception {
        realOffice("kaur");
        BundleCommandsTest.Run refused = run("kaur", null, Commands::generate, "--count", "20");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("KAUR").contains("set up with init or the setup wizard");
        assertThat(passwordHashes("kaur")).as("no demo users were added").hasSize(1);
        try (Services s = Wiring.open(tmp.resolve("kaur"), Clock.systemUTC())) {
            assertThat(s.library().count(id.humasdesk.logic.library.LibraryFilter.ALL)).as("no releases were added").isZero();
        }
    }

    @Test
    void generateFillsAnEmptyDirectoryAndThenItsOwnDemoOfficeWithSaltedUsers() throws Exception {
        BundleCommandsTest.Run first = run("demo", null, Commands::generate, "--count", "10");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Demo office created");
        BundleCommandsTest.Run second = run("demo", null, Commands::generate, "--count", "10");
        assertThat(second.exit()).as(second.err()).isZero();
        List<String> hashes = passwordHashes("demo");
        assertThat(hashes).hasSize(5);
        assertThat(hashes).as("every demo user has its own salt, so the same password hashes differently")
                .doesNotHaveDuplicates();
        assertThat(hashes.stream().map(h -> h.split("\\$")[2]).toList()).doesNotHaveDuplicates();
        try (Services s = Wiring.open(tmp.resolve("demo"), Clock.systemUTC())) {
            assertThat(s.demo().isDemoOffice()).isTrue();
            assertThat(s.accounts().login("penulis1", DemoGenerator.DEMO_PASSWORD.toCharArray()).username())
                    .isEqualTo("penulis1");
        }
    }

    String fingerprint(String station) {
        try (Services s = Wiring.open(tmp.resolve(station), Clock.systemUTC())) {
            return s.bundles().keys().current().orElseThrow().displayFingerprint();
        }
    }

    void headquarters() {
        try (Services s = Wiring.open(tmp.resolve("hq"), Clock.systemUTC())) {
            s.accounts().setUp(new OfficeSetup(new Office("RI", "Bawaslu Republik Indonesia", OfficeLevel.PUSAT, null,
                    java.time.ZoneId.of("Asia/Jakarta")), "admin", "Admin Pusat", PASSWORD.toCharArray()));
        }
    }

    @Test
    void aSecondKeyForAPinnedOfficeIsRefusedUnlessReplacedAndBothFingerprintsAreShown() throws Exception {
        assertThat(run("kaur", null, Commands::generate, "--count", "30").exit()).isZero();
        assertThat(run("impostor", null, Commands::generate, "--count", "5").exit()).isZero();
        headquarters();
        Path genuineKey = tmp.resolve("kaur.key.json");
        Path otherKey = tmp.resolve("impostor.key.json");
        assertThat(run("kaur", null, Commands::key, "export", "--out", genuineKey.toString()).exit()).isZero();
        assertThat(run("impostor", null, Commands::key, "export", "--out", otherKey.toString()).exit()).isZero();
        String genuine = fingerprint("kaur");
        String other = fingerprint("impostor");
        assertThat(genuine).isNotEqualTo(other);
        BundleCommandsTest.Run trusted = run("hq", PASSWORD, Commands::key, "trust", genuineKey.toString(),
                "--user", "admin");
        assertThat(trusted.exit()).as(trusted.err()).isZero();

        BundleCommandsTest.Run refused = run("hq", PASSWORD, Commands::key, "trust", otherKey.toString(),
                "--user", "admin");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(genuine).contains(other).contains("--replace");
        Path bundle = tmp.resolve("kaur.humas.zip");
        BundleCommandsTest.Run export = run("kaur", DemoGenerator.DEMO_PASSWORD, Commands::export, "--user",
                "admin", "--out", bundle.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        BundleCommandsTest.Run verified = run("hq", null, Commands::verify, bundle.toString());
        assertThat(verified.exit()).as("the genuine key is still the pinned one: " + verified.err()).isZero();

        BundleCommandsTest.Run replaced = run("hq", PASSWORD, Commands::key, "trust", otherKey.toString(),
                "--user", "admin", "--replace");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("Old fingerprint: " + genuine).contains("New fingerprint: " + other);
        assertThat(run("hq", null, Commands::verify, bundle.toString()).exit())
                .as("after an explicit replacement the old key's bundles are refused").isEqualTo(1);
    }

    @Test
    void writersNeverOverwriteWithoutForceAndNeverWriteIntoTheStores() throws Exception {
        assertThat(run("kaur", null, Commands::generate, "--count", "30").exit()).isZero();
        Path signingKey = tmp.resolve("kaur").resolve("keys").resolve("office-signing.key");
        byte[] key = java.nio.file.Files.readAllBytes(signingKey);
        for (boolean force : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(List.of("--user", "admin", "--from", "2000-01-01", "--out",
                    signingKey.toString()));
            if (force) {
                args.add("--force");
            }
            BundleCommandsTest.Run r = run("kaur", DemoGenerator.DEMO_PASSWORD, Commands::export,
                    args.toArray(String[]::new));
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("keys folder of the data directory");
        }
        assertThat(java.nio.file.Files.readAllBytes(signingKey)).as("the signing key is untouched").isEqualTo(key);
        BundleCommandsTest.Run intoDb = run("kaur", null, Commands::key, "export", "--force", "--out",
                tmp.resolve("kaur").resolve("db").resolve("kunci.json").toString());
        assertThat(intoDb.exit()).isEqualTo(1);
        assertThat(intoDb.err()).contains("db folder of the data directory");
        Path link = java.nio.file.Files.createSymbolicLink(tmp.resolve("pintasan"), tmp.resolve("kaur").resolve("keys"));
        BundleCommandsTest.Run viaLink = run("kaur", null, Commands::key, "export", "--force", "--out",
                link.resolve("office-signing.key").toString());
        assertThat(viaLink.exit()).as("a symbolic link does not lead around the rule").isEqualTo(1);
        assertThat(java.nio.file.Files.readAllBytes(signingKey)).isEqualTo(key);

        Path notes = java.nio.file.Files.writeString(tmp.resolve("catatan.txt"), "penting");
        BundleCommandsTest.Run exists = run("kaur", DemoGenerator.DEMO_PASSWORD, Commands::export, "--user",
                "admin", "--from", "2000-01-01", "--out", notes.toString());
        assertThat(exists.exit()).isEqualTo(1);
        assertThat(exists.err()).contains("already exists").contains("--force");
        BundleCommandsTest.Run keyExists = run("kaur", null, Commands::key, "export", "--out", notes.toString());
        assertThat(keyExists.exit()).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(notes)).isEqualTo("penting");
        BundleCommandsTest.Run folder = run("kaur", null, Commands::key, "export", "--force", "--out",
                tmp.toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err()).contains("is a folder");

        BundleCommandsTest.Run forced = run("kaur", DemoGenerator.DEMO_PASSWORD, Commands::export, "--user",
                "admin", "--from", "2000-01-01", "--out", notes.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(java.nio.file.Files.readAllBytes(notes)).startsWith((byte) 'P', (byte) 'K', (byte) 3, (byte) 4);
        try (var left = java.nio.file.Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
