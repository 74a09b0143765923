package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS tunnel of a hosted office without a database behind it (an echo server): only TLS 1.3,
 * the host's identity kept across starts in an owner-only file, and a damaged file replaced by a
 * new identity instead of a failed start.
 */
class TlsTunnelTest {
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path tmp;
    private ServerSocket echo;

    @AfterEach
    void stop() throws IOException {
        if (echo != null) {
            echo.close();
        }
    }

    private int echoServer() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread r = new Thread(() -> {
                        try (s) {
                            s.getInputStream().transferTo(s.getOutputStream());
                        } catch (IOException e) {
                            // closed
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
        return echo.getLocalPort();
    }

    @Test
    void bytesPassBothWaysThroughTheTunnelToThePinnedHost() throws Exception {
        HostCertificate id = HostCertificate.create(random, clock);
        try (TlsTunnel.Host host = TlsTunnel.Host.start(InetAddress.getLoopbackAddress(), 0, id, echoServer(), random);
                TlsTunnel.Client pc = TlsTunnel.Client.start(InetAddress.getLoopbackAddress(), host.port(), id.pin(), random);
                Socket s = new Socket(InetAddress.getLoopbackAddress(), pc.localPort())) {
            s.setSoTimeout(10_000);
            byte[] hello = "Salam dari Kaur".getBytes(StandardCharsets.UTF_8);
            s.getOutputStream().write(hello);
            assertThat(s.getInputStream().readNBytes(hello.length)).isEqualTo(hello);
            assertThat(host.forwarded()).isEqualTo(1);
            assertThat(pc.wrongCertificate()).isNull();
        }
    }

    /** A PC holds several pooled connections; the host's status counts it once, and not after it left. */
    @Test
    void thePooledConnectionsOfOnePcCountAsOnePcUntilTheyClose() throws Exception {
        HostCertificate id = HostCertificate.create(random, clock);
        try (TlsTunnel.Host host = TlsTunnel.Host.start(InetAddress.getLoopbackAddress(), 0, id, echoServer(), random);
                TlsTunnel.Client pc = TlsTunnel.Client.start(InetAddress.getLoopbackAddress(), host.port(), id.pin(), random)) {
            assertThat(host.connectedPcs()).isZero();
            Socket[] pool = new Socket[3];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = new Socket(InetAddress.getLoopbackAddress(), pc.localPort());
                pool[i].setSoTimeout(10_000);
                pool[i].getOutputStream().write(i);
                assertThat(pool[i].getInputStream().read()).isEqualTo(i);
            }
            assertThat(host.forwarded()).isEqualTo(3);
            assertThat(host.connectedPcs()).as("three connections from one address").isEqualTo(1);
            for (Socket s : pool) {
                s.close();
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (host.connectedPcs() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(host.connectedPcs()).as("the PC closed its connections").isZero();
        }
    }

    /** A client that would accept any certificate, to see what the host itself agrees to. */
    private static SSLSocket careless(int port, String protocol, String... suites) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(10_000);
        s.setEnabledProtocols(new String[] {protocol});
        if (suites.length > 0) {
            s.setEnabledCipherSuites(suites);
        }
        return s;
    }

    @Test
    void theHostSpeaksOnlyTls13() throws Exception {
        HostCertificate id = HostCertificate.create(random, clock);
        try (TlsTunnel.Host host = TlsTunnel.Host.start(InetAddress.getLoopbackAddress(), 0, id, echoServer(), random)) {
            try (SSLSocket ok = careless(host.port(), "TLSv1.3")) {
                ok.startHandshake();
                assertThat(ok.getSession().getProtocol()).isEqualTo("TLSv1.3");
                assertThat(ok.getSession().getCipherSuite()).isIn((Object[]) TlsTunnel.SUITES);
                assertThat(HostCertificate.sha256((X509Certificate) ok.getSession().getPeerCertificates()[0]))
                        .startsWith(id.pin());
            }
            try (SSLSocket old = careless(host.port(), "TLSv1.2")) {
                assertThatThrownBy(old::startHandshake).as("TLS 1.2 is refused").isInstanceOf(IOException.class);
            }
            // A plain (non-TLS) client gets no data: the host hangs up on what is not a TLS handshake.
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), host.port())) {
                plain.setSoTimeout(10_000);
                plain.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = plain.getInputStream();
                byte[] got = in.readAllBytes();
                assertThat(new String(got, StandardCharsets.ISO_8859_1)).doesNotContain("HTTP");
            } catch (IOException e) {
                // reset by the host: also nothing
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (host.refused() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(host.forwarded()).as("only the TLS 1.3 client reached the echo server").isEqualTo(1);
            assertThat(host.refused()).isEqualTo(2);
        }
    }

    @Test
    void theHostKeepsItsIdentityInAnOwnerOnlyFileAndReplacesADamagedOne() throws Exception {
        DataDirectory dir = new DataDirectory(tmp.resolve("data"));
        HostCertificate first = HostCertificate.loadOrCreate(dir, random, clock);
        HostCertificate again = HostCertificate.loadOrCreate(dir, random, clock);
        assertThat(again.fingerprint()).as("the same identity after a restart").isEqualTo(first.fingerprint());
        Path file = dir.database().resolveSibling(HostCertificate.FILE);
        assertThat(Files.readString(file)).contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN CERTIFICATE-----");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(first.certificate().getSigAlgName()).isEqualTo("SHA256withECDSA");

        // Another host's certificate with this host's key: not a pair, so a new identity is made.
        String text = Files.readString(file);
        String otherCert = Files.readString(writeOther()).replaceAll("(?s).*(-----BEGIN CERTIFICATE-----.*)", "$1");
        Files.writeString(file, text.replaceAll("(?s)-----BEGIN CERTIFICATE-----.*", "") + otherCert);
        HostCertificate mended = HostCertificate.loadOrCreate(dir, random, clock);
        assertThat(mended.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(HostCertificate.loadOrCreate(dir, random, clock).fingerprint()).isEqualTo(mended.fingerprint());

        Files.writeString(file, "kaput");
        assertThat(HostCertificate.loadOrCreate(dir, random, clock).fingerprint()).isNotEqualTo(mended.fingerprint());
    }

    private Path writeOther() {
        DataDirectory other = new DataDirectory(tmp.resolve("other"));
        HostCertificate.loadOrCreate(other, random, clock);
        return other.database().resolveSibling(HostCertificate.FILE);
    }
}
