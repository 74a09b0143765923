package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.HostCertificate;
import id.humasdesk.store.OfficeHost;
import id.humasdesk.store.TlsTunnel;
import id.humasdesk.support.HostProcess;
import id.humasdesk.support.MutableClock;
import id.humasdesk.support.TestOffice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire of a hosted office is TLS 1.3 to the certificate the join code pins (decision note
 * 0620), with real sockets and a real {@code serve} process: a PC refuses a host with another
 * certificate and sends it nothing; a client session recorded on the wire and replayed byte for
 * byte is refused and reaches no database (while the same replay against plain H2 is let in); H2's
 * own port answers on loopback only, never on the LAN address the host serves.
 */
class HostedTlsTest {
    private static final char[] PW = TestOffice.PASSWORD.toCharArray();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
    private final SecureRandom random = new SecureRandom();
    @TempDir
    Path tmp;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private <T extends AutoCloseable> T keep(T c) {
        closing.add(c);
        return c;
    }

    private Services pc(Path dir, JoinCode code) {
        return Wiring.open(dir, DatabaseTarget.hosted(code), clock);
    }

    @Test
    void aPcRefusesAHostWithAnotherCertificateAndSendsItNothing() throws Exception {
        HostCertificate real = HostCertificate.create(random, clock);
        HostCertificate impostor = HostCertificate.create(random, clock);
        // Behind the impostor's TLS end: a stand-in for its database that records every byte it gets.
        Recorder behind = keep(new Recorder());
        TlsTunnel.Host fake = keep(TlsTunnel.Host.start(InetAddress.getLoopbackAddress(), 0, impostor,
                behind.port(), random));
        JoinCode code = JoinCode.create(InetAddress.getLoopbackAddress(), fake.port(), real.pin(), random);

        assertThatThrownBy(() -> pc(tmp.resolve("pc"), code).close())
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.host.wrongCertificate");
                    assertThat(new Messages(Messages.ENGLISH).describe(e))
                            .contains("127.0.0.1:" + fake.port(), "is not the office host", "Nothing was sent");
                });
        Thread.sleep(500);
        assertThat(behind.bytes()).as("nothing of the PC's sign-in reached the impostor").isZero();
        assertThat(fake.forwarded()).isZero();

        // Control: had the code pinned the impostor's certificate, the sign-in would have reached it.
        JoinCode trusting = JoinCode.create(InetAddress.getLoopbackAddress(), fake.port(), impostor.pin(), random);
        assertThatThrownBy(() -> pc(tmp.resolve("pc2"), trusting).close()).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isNotEqualTo("error.host.wrongCertificate"));
        assertThat(behind.bytes()).as("the recorder does see what passes a trusted handshake").isPositive();
    }

    @Test
    void aRecordedSessionReplayedToTheHostIsRefusedWhilePlainH2WouldLetItIn() throws Exception {
        Path hostDir = tmp.resolve("host");
        new TestOffice(hostDir).close();
        int port = HostProcess.freePort();
        HostProcess host = keep(HostProcess.serve(hostDir, port));
        assertThat(host.code).as(String.join("\n", host.output)).isNotNull();
        // serve shows the certificate's fingerprint; the join code pins its first 16 bytes.
        String said = String.join("\n", host.output);
        var printed = java.util.regex.Pattern.compile("SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})").matcher(said);
        assertThat(printed.find()).as(said).isTrue();
        assertThat(Arrays.copyOf(java.util.HexFormat.ofDelimiter(":").parseHex(printed.group(1)), 16))
                .isEqualTo(host.code.hostPin());

        // A PC works through a recording proxy on the wire between it and the host.
        Proxy wire = keep(new Proxy(port));
        JoinCode viaWire = host.code.at(InetAddress.getLoopbackAddress(), wire.port());
        try (Services s = pc(tmp.resolve("pc"), viaWire)) {
            User rina = s.accounts().login("rina", PW);
            s.drafts().create(rina, ReleaseType.SIARAN_PERS, s.drafts().template(rina, ReleaseType.SIARAN_PERS)
                    .withHeadline("Rekaman di kabel"));
            assertThat(s.library().firstPage(new LibraryFilter(null, null, null, null, false), 20)).isNotEmpty();
        }
        assertThat(wire.sessions).isNotEmpty();
        Proxy.Session recorded = wire.sessions.get(0);
        assertThat(recorded.toServer.size()).isPositive();
        int refusedBefore = refusals(hostDir);

        Replay replay = replay(port, recorded.toServer.toByteArray());
        assertThat(replay.closedByHost).as("the host hangs up on the replay").isTrue();
        assertThat(replay.answer.length).as("no more than the host's half of a fresh handshake comes back")
                .isLessThan(recorded.toClient.size());
        assertThat(Arrays.equals(replay.answer, 0, Math.min(64, replay.answer.length), recorded.toClient.toByteArray(), 0,
                Math.min(64, replay.answer.length))).as("a fresh handshake, not the recorded one").isFalse();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (refusals(hostDir) == refusedBefore && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(refusals(hostDir)).as("the host logged the replay as a failed handshake that reached no database")
                .isEqualTo(refusedBefore + 1);

        // Control: the same attack on H2's plain protocol (its loopback port) is let in, which is why
        // nothing but the tunnel may face the network.
        int h2 = HostProcess.databasePort(hostDir);
        Proxy plainWire = keep(new Proxy(h2));
        try (Connection c = DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + plainWire.port() + "/humasdesk",
                DatabaseTarget.HOSTED_USER, host.code.secret()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM app_user")) {
            assertThat(rs.next()).isTrue();
        }
        Proxy.Session plain = plainWire.sessions.get(0);
        Replay plainReplay = replay(h2, plain.toServer.toByteArray());
        assertThat(plainReplay.answer.length).as("plain H2 answers the replayed sign-in").isGreaterThanOrEqualTo(8);
        assertThat(Arrays.copyOf(plainReplay.answer, 4)).as("STATUS_OK: the replayed sign-in was accepted")
                .containsExactly(0, 0, 0, 1);

        // The real PC still works after the replay.
        try (Services s = pc(tmp.resolve("pc"), host.code)) {
            assertThat(s.accounts().login("hendra", PW).username()).isEqualTo("hendra");
        }
    }

    @Test
    void h2AnswersOnLoopbackOnlyWhileTheTunnelServesTheLanAddress() throws Exception {
        List<String> lan = OfficeHost.lanAddresses().stream().filter(a -> !a.contains(":")).toList();
        Assumptions.assumeFalse(lan.isEmpty(), "this machine has no IPv4 LAN address to serve on");
        String address = lan.get(0);
        Path hostDir = tmp.resolve("host");
        new TestOffice(hostDir).close();
        int port = HostProcess.freePort();
        HostProcess host = keep(HostProcess.serveOn(hostDir, address, port));
        assertThat(host.code).as(String.join("\n", host.output)).isNotNull();
        assertThat(host.code.hostAddress()).isEqualTo(address);
        int h2 = HostProcess.databasePort(hostDir);

        assertThat(connects(address, port)).as("the TLS tunnel listens on the LAN address").isTrue();
        assertThat(connects("127.0.0.1", h2)).as("H2 is there, on loopback").isTrue();
        assertThat(connects(address, h2)).as("H2's own port does not answer on the LAN address").isFalse();
        assertThat(connects("127.0.0.1", port)).as("the tunnel listens only on the address it was given").isFalse();

        // H2's plain protocol on the LAN port gets nowhere: that port speaks only TLS.
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:tcp://" + address + ":" + port + "/humasdesk",
                DatabaseTarget.HOSTED_USER, host.code.secret()).close()).isInstanceOf(java.sql.SQLException.class);
        // A PC with the code works over the LAN address, through TLS.
        try (Services s = pc(tmp.resolve("pc"), host.code)) {
            assertThat(s.accounts().login("rina", PW).username()).isEqualTo("rina");
        }
        try (Stream<Path> logs = Files.walk(hostDir.resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(log)).as("log %s", log).doesNotContain(host.code.secret())
                        .doesNotContain(host.code.text());
            }
        }
    }

    private static boolean connects(String address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** How many connections the host's log says it refused before they reached the database. */
    private static int refusals(Path hostDir) throws IOException {
        int n = 0;
        try (Stream<Path> logs = Files.list(hostDir.resolve("logs"))) {
            for (Path log : logs.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    if (line.contains("the TLS handshake failed") && line.contains("nothing reached the database")) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private record Replay(byte[] answer, boolean closedByHost) {
    }

    /** Sends recorded bytes as they were, then reads what comes back until the host hangs up (or 15 s). */
    private static Replay replay(int port, byte[] bytes) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            s.setSoTimeout(15_000);
            s.getOutputStream().write(bytes);
            s.getOutputStream().flush();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = s.getInputStream().read(buf)) >= 0; ) {
                    got.write(buf, 0, n);
                    if (got.size() >= 8 && port != 0 && isPlainAnswer(got)) {
                        return new Replay(got.toByteArray(), false);
                    }
                }
                return new Replay(got.toByteArray(), true);
            } catch (SocketTimeoutException e) {
                return new Replay(got.toByteArray(), false);
            } catch (IOException e) {
                return new Replay(got.toByteArray(), true); // reset by the host
            }
        }
    }

    /** H2's answer to a sign-in starts with a status int; a TLS record starts with a content type (0x14..0x17). */
    private static boolean isPlainAnswer(ByteArrayOutputStream got) {
        byte[] b = got.toByteArray();
        return b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 1;
    }

    /** Accepts connections and counts the bytes it receives, answering nothing. */
    private static final class Recorder implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

        Recorder() throws IOException {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        Thread r = new Thread(() -> {
                            try (s) {
                                s.setSoTimeout(2000);
                                byte[] buf = new byte[4096];
                                for (int n; (n = s.getInputStream().read(buf)) >= 0; ) {
                                    bytes.addAndGet(n);
                                }
                            } catch (IOException e) {
                                // the stand-in hangs up after a silence: it is no database
                            }
                        });
                        r.setDaemon(true);
                        r.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        long bytes() {
            return bytes.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /** A man in the middle on loopback that passes bytes on unchanged and records both directions. */
    private static final class Proxy implements AutoCloseable {
        static final class Session {
            final ByteArrayOutputStream toServer = new ByteArrayOutputStream();
            final ByteArrayOutputStream toClient = new ByteArrayOutputStream();
        }

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final List<Session> sessions = new CopyOnWriteArrayList<>();

        Proxy(int target) throws IOException {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        Session session = new Session();
                        sessions.add(session);
                        copy(client, upstream, session.toServer);
                        copy(upstream, client, session.toClient);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        private static void copy(Socket from, Socket to, ByteArrayOutputStream record) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try {
                    InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream();
                    for (int n; (n = in.read(buf)) >= 0; ) {
                        synchronized (record) {
                            record.write(buf, 0, n);
                        }
                        out.write(buf, 0, n);
                        out.flush();
                    }
                } catch (IOException e) {
                    // one side closed
                } finally {
                    try {
                        from.close();
                        to.close();
                    } catch (IOException e) {
                        // already closed
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
