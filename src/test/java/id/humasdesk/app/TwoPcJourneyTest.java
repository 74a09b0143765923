package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.library.LibraryViewModel;
import id.humasdesk.gui.login.LoginViewModel;
import id.humasdesk.gui.setup.SetupViewModel;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.bundle.VerifiedBundle;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.schedule.PlanRequest;
import id.humasdesk.logic.services.Bootstrap;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.AuditEvent;
import id.humasdesk.model.Channel;
import id.humasdesk.model.Province;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;
import id.humasdesk.store.SavedConnection;
import id.humasdesk.support.MutableClock;
import id.humasdesk.support.StoreBackends;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office on a real PostgreSQL server, worked from two PCs (two data directories, each with its
 * own lock, pool, search index and key) at the same time: set up once, from the command line
 * ({@code init --db-url}) or from the setup wizard, then each PC connects through the wizard's
 * first step. A writer on PC A writes and submits; a reviewer on PC B approves, schedules and
 * exports a signed bundle; PC A sees the same state, and a restart of PC A connects directly with
 * the saved, protected password. Skipped, with the reason, without a PostgreSQL test server.
 */
class TwoPcJourneyTest {
    private static final String ADMIN_PASSWORD = "Rahasia-Kaur-1";
    private static final String STAFF_PASSWORD = "rahasia-123";
    @TempDir
    Path tmp;
    private StoreBackends.Server server;
    private String database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
    private final Messages m = new Messages(Messages.INDONESIAN);
    private final TaskExecutor now = TaskExecutor.sameThread();
    private final List<Services> open = new ArrayList<>();

    @BeforeEach
    void createDatabase() throws Exception {
        Assumptions.assumeTrue(StoreBackends.server().isPresent(), "two-PC journey skipped: needs a PostgreSQL "
                + "server (HUMASDESK_TEST_PG_URL or -Dhumasdesk.test.pg.url, see README; .ci/run starts one)");
        server = StoreBackends.server().get();
        database = "hd_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = server.admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
    }

    @AfterEach
    void dropDatabase() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (database != null) {
            try (Connection c = server.admin(); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void officeSetUpWithInitOnTheCommandLineIsJoinedByTwoPcsThatWorkTogether() throws Exception {
        Path pcA = tmp.resolve("pc-a");
        Path pcB = tmp.resolve("pc-b");
        int exit = init(tmp.resolve("admin-laptop"));
        assertThat(exit).isZero();

        Services a = join(pcA);
        Services b = join(pcB);
        User admin = signIn(a, "admin", ADMIN_PASSWORD);
        workTogether(pcA, a, b, admin);
    }

    @Test
    void officeSetUpInTheWizardOnPcAIsJoinedByPcBAndBothWorkTogether() throws Exception {
        Path pcA = tmp.resolve("pc-a");
        Path pcB = tmp.resolve("pc-b");
        List<Bootstrap> chosen = new ArrayList<>();
        List<User> done = new ArrayList<>();
        SetupViewModel wizard = new SetupViewModel(now, m, connections(pcA), chosen::add, done::add);
        fillServer(wizard);
        wizard.testConnection();
        assertThat(wizard.testStateProperty().get()).isEqualTo(SetupViewModel.TestState.EMPTY);
        assertThat(wizard.testMessageProperty().get())
                .isEqualTo("Koneksi berhasil. Basis data " + database + " di 127.0.0.1:" + port()
                        + " masih kosong: HumasDesk akan menyiapkan kantor Anda di sana pada langkah berikutnya.");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(SetupViewModel.OFFICE_STEP);
        Services a = opened(chosen);
        wizard.connected(a.accounts());
        wizard.officeNameProperty().set("Bawaslu Kabupaten Kaur");
        wizard.provinceProperty().set(Province.BENGKULU);
        wizard.next();
        wizard.adminUsernameProperty().set("admin");
        wizard.adminFullNameProperty().set("Admin Humas Kaur");
        wizard.passwordProperty().set(ADMIN_PASSWORD);
        wizard.passwordRepeatProperty().set(ADMIN_PASSWORD);
        wizard.finish();
        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(done).extracting(User::username).containsExactly("admin");

        Services b = join(pcB);
        workTogether(pcA, a, b, done.get(0));
    }

    /** The wizard on a PC whose server already holds the office: joins, no office or admin step. */
    private Services join(Path pc) {
        List<Bootstrap> chosen = new ArrayList<>();
        List<User> done = new ArrayList<>();
        SetupViewModel wizard = new SetupViewModel(now, m, connections(pc), chosen::add, done::add);
        assertThat(wizard.stepProperty().get()).isEqualTo(SetupViewModel.DATABASE_STEP);
        fillServer(wizard);
        wizard.testConnection();
        assertThat(wizard.testStateProperty().get()).isEqualTo(SetupViewModel.TestState.OFFICE);
        assertThat(wizard.testMessageProperty().get()).isEqualTo("Koneksi berhasil. Basis data ini sudah dipakai oleh "
                + "Bawaslu Kabupaten Kaur (kode KAUR). Komputer ini akan bergabung dan langsung menuju halaman masuk "
                + "tanpa penyiapan kantor lagi.");
        wizard.next();
        assertThat(wizard.joinedProperty().get()).isTrue();
        assertThat(wizard.stepProperty().get()).as("no office step").isEqualTo(SetupViewModel.DATABASE_STEP);
        Services s = opened(chosen);
        assertThat(s.accounts().isSetUp()).as("goes to login").isTrue();
        assertThat(done).isEmpty();
        return s;
    }

    private void workTogether(Path pcA, Services a, Services b, User admin) throws Exception {
        a.accounts().addUser(admin, "rina", "Rina Marlina", Set.of(Role.WRITER), STAFF_PASSWORD.toCharArray());
        b.accounts().addUser(signIn(b, "admin", ADMIN_PASSWORD),
                "hendra", "Hendra Saputra", Set.of(Role.REVIEWER), STAFF_PASSWORD.toCharArray());

        // PC A: the writer signs in there and submits a release.
        User writer = signIn(a, "rina", STAFF_PASSWORD);
        var content = a.drafts().template(writer, ReleaseType.BERITA_KEGIATAN)
                .withHeadline("Apel Siaga Pengawasan Tahapan Kampanye")
                .withParagraphs(List.of("Apel digelar di halaman kantor dan diikuti seluruh jajaran pengawas."));
        Release draft = a.drafts().create(writer, ReleaseType.BERITA_KEGIATAN, content);
        Release submitted = a.review().submit(writer, draft.id(), draft.version());

        // PC B: the reviewer sees it in review, approves, schedules and exports a signed bundle.
        User reviewer = signIn(b, "hendra", STAFF_PASSWORD);
        assertThat(library(b, ReleaseStatus.IN_REVIEW)).extracting(ReleaseSummary::id).containsExactly(draft.id());
        Release approved = b.review().approve(reviewer, submitted.id(), submitted.version());
        Channel web = b.schedule().channels().stream().filter(c -> c.code().equals("WEBSITE")).findFirst()
                .orElseThrow();
        LocalDateTime at = LocalDateTime.of(2026, 11, 30, 9, 0);
        Release scheduled = b.schedule().schedule(reviewer, approved.id(), approved.version(),
                List.of(new PlanRequest(web.id(), at, "", null)));
        assertThat(scheduled.status()).isEqualTo(ReleaseStatus.SCHEDULED);
        // The office key lives sealed in the database (decision 0611): the admin seals it once on PC A
        // and unlocks it on PC B, which signs; until then PC B is told the key is not set up.
        char[] passphrase = "frasa sandi kunci Kaur 2026".toCharArray();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.bundles().export(reviewer,
                ExportSelection.SINCE_LAST, null, BundleWriter.Progress.NONE))
                .extracting(e -> ((id.humasdesk.model.UserFacingException) e).messageKey())
                .isEqualTo("bundle.key.notSetUp");
        a.bundles().sealKey(signIn(a, "admin", ADMIN_PASSWORD), passphrase);
        b.bundles().unlockKey(signIn(b, "admin", ADMIN_PASSWORD), passphrase);
        BundleWriter.Written bundle = b.bundles().export(reviewer, ExportSelection.SINCE_LAST, null,
                BundleWriter.Progress.NONE);
        VerifiedBundle verified = b.bundles().verify(bundle.file());
        assertThat(verified.manifest().office().code()).isEqualTo("KAUR");
        assertThat(verified.items()).extracting(i -> i.id()).containsExactly(draft.id());
        assertThat(bundle.file()).startsWith(tmp.resolve("pc-b"));

        // Both PCs see the same state: status, numbers, the audit trail, the export history.
        assertThat(library(a, ReleaseStatus.SCHEDULED)).extracting(ReleaseSummary::id).containsExactly(draft.id());
        assertThat(a.drafts().load(draft.id()).number()).isEqualTo(b.drafts().load(draft.id()).number()).isNotBlank();
        List<AuditEvent> trailA = a.audit().forRelease(draft.id());
        assertThat(trailA).extracting(AuditEvent::action).contains(Transition.SUBMIT, Transition.APPROVE);
        assertThat(trailA).filteredOn(e -> e.action() == Transition.APPROVE).extracting(AuditEvent::actorName)
                .containsExactly("Hendra Saputra");
        assertThat(trailA).isEqualTo(b.audit().forRelease(draft.id()));
        assertThat(a.bundles().history(signIn(a, "admin", ADMIN_PASSWORD), 10))
                .extracting(r -> r.bundleId()).containsExactly(bundle.manifest().bundleId());

        // PC A starts again: the saved choice connects directly, its password opened from the protected copy.
        String saved = Files.readString(pcA.resolve(SavedConnection.FILE), StandardCharsets.UTF_8);
        assertThat(saved).contains("url=jdbc\\:postgresql\\://127.0.0.1\\:" + port() + "/" + database)
                .doesNotContain(server.password());
        open.remove(a);
        a.close();
        // A command on PC A needs no --db-url: it takes the saved server and opens the saved password ...
        Run direct = cli(pcA, null, "key", "show");
        assertThat(direct.exit()).as(direct.output()).isZero();
        assertThat(direct.output()).contains("KAUR");
        // ... unless HUMASDESK_DB_PASSWORD says otherwise, which wins.
        Run overridden = cli(pcA, server.password() + "-salah", "key", "show");
        assertThat(overridden.exit()).isEqualTo(1);
        assertThat(overridden.output()).contains("refused the login of user " + server.user());
        Services again = Wiring.open(pcA, OfficeConnections.saved(pcA, keyDir(), null), clock);
        open.add(again);
        assertThat(again.drafts().load(draft.id()).status()).isEqualTo(ReleaseStatus.SCHEDULED);
        assertThat(signIn(again, "rina", STAFF_PASSWORD).username()).isEqualTo("rina");
    }

    private List<ReleaseSummary> library(Services s, ReleaseStatus status) {
        List<Throwable> errors = new ArrayList<>();
        LibraryViewModel vm = new LibraryViewModel(Screens.libraryDeps(s), now, m, errors::add);
        vm.statusProperty().set(status);
        vm.reload();
        assertThat(errors).isEmpty();
        return List.copyOf(vm.rows());
    }

    /** Signs in through the login screen's view model, as a user on that PC would. */
    private User signIn(Services s, String username, String password) {
        List<User> in = new ArrayList<>();
        LoginViewModel login = new LoginViewModel(now, m, "", in::add);
        login.connected(s.accounts(), s.accounts().office().orElseThrow());
        login.usernameProperty().set(username);
        login.passwordProperty().set(password);
        login.submit();
        assertThat(login.errorProperty().get()).isEmpty();
        return in.get(0);
    }

    private Services opened(List<Bootstrap> chosen) {
        assertThat(chosen).hasSize(1);
        Services s = chosen.get(0).open();
        open.add(s);
        return s;
    }

    private void fillServer(SetupViewModel wizard) {
        wizard.databaseKindProperty().set(SetupViewModel.DatabaseKind.OFFICE_SERVER);
        wizard.hostProperty().set("127.0.0.1");
        wizard.portProperty().set(String.valueOf(port()));
        wizard.databaseNameProperty().set(database);
        wizard.databaseUserProperty().set(server.user());
        wizard.databasePasswordProperty().set(server.password());
    }

    private OfficeConnections connections(Path pc) {
        return new OfficeConnections(pc, keyDir(), clock);
    }

    private Path keyDir() {
        return tmp.resolve("os-user-config");
    }

    private int port() {
        String rest = server.url().substring("jdbc:postgresql://".length());
        String hostPort = rest.substring(0, rest.indexOf('/'));
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    /** {@code init --db-url ... --db-user ...} as a real process, the admin password on standard input. */
    private int init(Path dataDir) throws IOException, InterruptedException {
        Run r = run(dataDir, server.password(), ADMIN_PASSWORD + "\n", "--db-url", server.urlOf(database),
                "--db-user", server.user(), "init", "--office-name", "Bawaslu Kabupaten Kaur", "--office-code", "KAUR",
                "--level", "kabupaten", "--province", "Bengkulu", "--admin", "admin");
        assertThat(r.exit()).as(r.output()).isZero();
        return r.exit();
    }

    private record Run(int exit, String output) {
    }

    /** A command on a PC with no --db-url; {@code password} null: no HUMASDESK_DB_PASSWORD at all. */
    private Run cli(Path dataDir, String password, String... args) throws IOException, InterruptedException {
        return run(dataDir, password, "", args);
    }

    private Run run(Path dataDir, String password, String stdin, String... args) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhumasdesk.pbkdf2.iterations=1000", "-cp", System.getProperty("java.class.path"),
                "id.humasdesk.app.Main", "--lang", "en", "--data-dir", dataDir.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove(MainCommand.DB_PASSWORD_ENV);
        if (password != null) {
            pb.environment().put(MainCommand.DB_PASSWORD_ENV, password);
        }
        pb.environment().put(OfficeConnections.KEY_DIR_ENV, keyDir().toString());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
