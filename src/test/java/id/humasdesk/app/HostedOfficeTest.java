package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.HostLink;
import id.humasdesk.store.OfficeHost;
import id.humasdesk.support.HostProcess;
import id.humasdesk.support.MutableClock;
import id.humasdesk.support.TestOffice;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One PC hosts the office database ({@code serve}, a real process on loopback) and two other PCs
 * (data directories in this JVM) work on it: write on one, review on the other; the host is killed
 * in the middle of a session and started again, and the PCs carry on. A wrong join secret is
 * refused, slower each time, and a PC cannot reach the host's files through the database.
 */
class HostedOfficeTest {
    private static final char[] PW = TestOffice.PASSWORD.toCharArray();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
    @TempDir
    Path tmp;
    private final List<HostProcess> hosts = new ArrayList<>();

    @AfterEach
    void stopHosts() throws Exception {
        for (HostProcess h : hosts) {
            h.close();
        }
    }

    private record Host(Process process, List<String> output, JoinCode code) {
    }

    private static int freePort() throws Exception {
        return HostProcess.freePort();
    }

    private static List<String> java(Path dataDir, String... args) {
        return HostProcess.java(dataDir, args);
    }

    private Host serve(Path dataDir, int port, String... extra) throws Exception {
        HostProcess h = HostProcess.serve(dataDir, port, extra);
        hosts.add(h);
        return new Host(h.process, h.output, h.code);
    }

    private Services pc(Path dir, JoinCode code) {
        return Wiring.open(dir, DatabaseTarget.hosted(code), clock);
    }

    @Test
    void twoPcsWriteAndReviewOnTheHostedOfficeAndCarryOnAfterTheHostRestarts() throws Exception {
        Path hostDir = tmp.resolve("host");
        new TestOffice(hostDir).close();
        int port = freePort();
        Host host = serve(hostDir, port);
        assertThat(host.code()).as(String.join("\n", host.output())).isNotNull();
        assertThat(String.join("\n", host.output())).contains("hosts the office database on 127.0.0.1, port " + port);
        JoinCode code = host.code();

        try (Services pc1 = pc(tmp.resolve("pc1"), code); Services pc2 = pc(tmp.resolve("pc2"), code)) {
            User writer = pc1.accounts().login("rina", PW);
            User reviewer = pc2.accounts().login("hendra", PW);
            ReleaseContent c = pc1.drafts().template(writer, ReleaseType.BERITA_KEGIATAN)
                    .withHeadline("Patroli Pengawasan Masa Tenang di Kaur")
                    .withParagraphs(List.of("Bawaslu Kabupaten Kaur menggelar patroli pengawasan masa tenang."));
            Release draft = pc1.drafts().create(writer, ReleaseType.BERITA_KEGIATAN, c);
            pc1.review().submit(writer, draft.id(), draft.version());

            Release seen = pc2.drafts().load(draft.id());
            assertThat(seen.status()).isEqualTo(ReleaseStatus.IN_REVIEW);
            Release approved = pc2.review().approve(reviewer, seen.id(), seen.version());
            assertThat(pc1.drafts().load(draft.id()).status()).as("the writer's PC sees the review")
                    .isEqualTo(ReleaseStatus.APPROVED).isEqualTo(approved.status());
            assertThat(searchFinds(pc2, "patroli masa tenang", draft)).as("search on the other PC").isTrue();

            // The host dies (kill -9) in the middle of the session.
            Release second = pc1.drafts().create(writer, ReleaseType.SIARAN_PERS, pc1.drafts()
                    .template(writer, ReleaseType.SIARAN_PERS).withHeadline("Sebelum tuan rumah mati"));
            host.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            ReleaseContent typed = second.content().withHeadline("Diketik saat tuan rumah mati");
            assertThatThrownBy(() -> pc1.drafts().save(writer, second.id(), second.version(), typed))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> {
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.host.unreachable");
                        assertThat(new Messages(Messages.ENGLISH).describe(e)).contains("127.0.0.1:" + port)
                                .contains("cannot be reached");
                    });

            Host again = serve(hostDir, port);
            assertThat(again.code()).as("the same join code stays valid after a restart").isNull();
            Release saved = retry(() -> pc1.drafts().save(writer, second.id(), second.version(), typed));
            assertThat(saved.content().headline()).isEqualTo("Diketik saat tuan rumah mati");
            assertThat(retry(() -> pc2.drafts().load(second.id())).content().headline())
                    .isEqualTo("Diketik saat tuan rumah mati");
            assertThat(pc2.drafts().load(draft.id()).status()).as("nothing committed before the kill was lost")
                    .isEqualTo(ReleaseStatus.APPROVED);
        }
    }

    private static boolean searchFinds(Services s, String text, Release r) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            var hits = s.search().search(new LibraryFilter(null, null, null, text, false), 20);
            if (hits.isPresent() && hits.get().rows().stream().anyMatch(x -> x.id().equals(r.id()))) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private interface Work<T> {
        T run();
    }

    /** A PC's first request after the host came back may meet a pooled connection that died with it. */
    private static <T> T retry(Work<T> work) throws InterruptedException {
        UserFacingException last = null;
        for (int i = 0; i < 10; i++) {
            try {
                return work.run();
            } catch (UserFacingException e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw last;
    }

    @Test
    void aWrongSecretIsRefusedMoreSlowlyEachTimeAndAPcReachesNothingButTheOfficeTables() throws Exception {
        Path hostDir = tmp.resolve("host");
        new TestOffice(hostDir).close();
        Path otherOffice = tmp.resolve("other");
        new TestOffice(otherOffice).close();
        int port = freePort();
        Host host = serve(hostDir, port);
        JoinCode code = host.code();

        // The right host (its certificate pin) but a wrong secret: refused by H2 behind the tunnel.
        JoinCode wrong = JoinCode.create(InetAddress.getByName("127.0.0.1"), port, code.hostPin(), new SecureRandom());
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> pc(tmp.resolve("intruder"), wrong).close())
                    .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.host.badSecret"));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(millis.get(0)).isGreaterThanOrEqualTo(200);
        assertThat(millis.get(2)).as("tries %s", millis).isGreaterThanOrEqualTo(900);

        // Through this PC's end of the TLS tunnel, as the app connects.
        String tunnel = "jdbc:h2:tcp://" + HostLink.localAddress(code);
        String url = tunnel + "/humasdesk";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "humasdesk", "").close())
                .as("the host's own owner user is not open to the network").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(tunnel + "/../../other/db/humasdesk", DatabaseTarget.HOSTED_USER, code.secret()).close())
                .as("no other database beside or above the office's").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(tunnel + "/baru",
                DatabaseTarget.HOSTED_USER, code.secret()).close())
                .as("no new database").isInstanceOf(SQLException.class);

        Path loot = tmp.resolve("loot");
        try (Connection c = DriverManager.getConnection(url, DatabaseTarget.HOSTED_USER, code.secret());
                Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM app_user")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the office's tables are there").isEqualTo(4);
            }
            for (String attack : List.of(
                    "SELECT FILE_READ('" + hostDir.resolve("db").resolve("owner.secret") + "')",
                    "CREATE ALIAS GETPROP FOR 'java.lang.System.getProperty'",
                    "SCRIPT TO '" + loot.resolve("dump.sql") + "'",
                    "BACKUP TO '" + loot.resolve("copy.zip") + "'",
                    "CALL CSVWRITE('" + loot.resolve("users.csv") + "', 'SELECT * FROM app_user')",
                    "CREATE LINKED TABLE lain('org.h2.Driver', 'jdbc:h2:" + otherOffice.resolve("db").resolve("humasdesk")
                            + "', 'humasdesk', '', 'APP_USER')",
                    "DELETE FROM audit_event",
                    "DROP TABLE press_release")) {
                // 90040: admin rights are required; 90096: not enough rights for the object.
                assertThatThrownBy(() -> st.execute(attack)).as(attack).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).as("%s: %s", attack, e.getMessage())
                                .isIn(90040, 90096));
            }
        }
        assertThat(loot).doesNotExist();
        try (Stream<Path> files = Files.list(hostDir.resolve("db"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".sql") || n.endsWith(".zip") || n.endsWith(".csv"));
        }

        // Listening on loopback only: the LAN address of this machine (if it has one) does not answer.
        for (String lan : OfficeHost.lanAddresses()) {
            try (Socket s = new Socket()) {
                assertThatThrownBy(() -> s.connect(new InetSocketAddress(lan, port), 2000)).as(lan)
                        .isInstanceOf(java.io.IOException.class);
            }
        }
    }

    @Test
    void everyInterfaceOnlyWhenAskedAndAJoiningPcGoesStraightToItsOffice() throws Exception {
        Path hostDir = tmp.resolve("host");
        new TestOffice(hostDir).close();
        Process open = new ProcessBuilder(java(hostDir, "serve", "--bind", "0.0.0.0")).redirectErrorStream(true).start();
        assertThat(open.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = new String(open.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(open.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("every network (0.0.0.0)", "--all-interfaces");

        int port = freePort();
        Host host = serve(hostDir, port);
        Path pc = tmp.resolve("pc");
        Process join = new ProcessBuilder(java(pc, "join")).redirectErrorStream(true).start();
        join.getOutputStream().write((host.code().text().toLowerCase() + "\n").getBytes(StandardCharsets.UTF_8));
        join.getOutputStream().close();
        assertThat(join.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String joined = new String(join.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(join.exitValue()).as(joined).isZero();
        assertThat(joined).contains("joined the office Bawaslu Kabupaten Kaur", "127.0.0.1:" + port)
                .doesNotContain(host.code().secret());

        // A later command on that PC uses the hosted office without being told again.
        Process bench = new ProcessBuilder(java(pc, "bench", "--runs", "1", "--only", "library_first_page"))
                .redirectErrorStream(true).start();
        assertThat(bench.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bench.exitValue()).as(out).isZero();
        try (Stream<Path> logs = Files.walk(pc.resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(log)).as("log %s", log).doesNotContain(host.code().secret());
            }
        }
        assertThat(Files.exists(pc.resolve("db"))).as("the joining PC made no office of its own").isFalse();
    }
}
