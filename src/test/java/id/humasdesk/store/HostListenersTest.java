package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.model.UserFacingException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two listeners of a hosted office start and stop as a pair: a tunnel that cannot take its port
 * leaves no H2 server running behind it, and closing frees the tunnel's port and stops the server.
 */
class HostListenersTest {
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneOffset.UTC);
    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    @TempDir
    Path tmp;

    private static long h2ServerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("H2 TCP Server")).count();
    }

    @Test
    void aTakenPortLeavesNoDatabaseServerBehind() throws Exception {
        HostCertificate identity = HostCertificate.create(random, clock);
        long before = h2ServerThreads();
        try (ServerSocket taken = new ServerSocket(0, 1, loopback)) {
            assertThatThrownBy(() -> HostListeners.start(new DataDirectory(tmp), loopback, taken.getLocalPort(),
                    identity, random)).isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.host.portInUse"));
        }
        assertThat(h2ServerThreads()).as("H2's server stopped again").isEqualTo(before);
    }

    @Test
    void closingFreesThePortAndStopsTheServer() throws Exception {
        HostCertificate identity = HostCertificate.create(random, clock);
        long before = h2ServerThreads();
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, loopback)) {
            port = free.getLocalPort();
        }
        HostListeners listeners = HostListeners.start(new DataDirectory(tmp), loopback, port, identity, random);
        assertThat(listeners.address()).isEqualTo(loopback.getHostAddress());
        assertThat(listeners.port()).isEqualTo(port);
        assertThat(listeners.h2Port()).isNotEqualTo(port).isPositive();
        assertThat(h2ServerThreads()).isEqualTo(before + 1);
        new Socket(loopback, port).close(); // the tunnel listens

        listeners.close();
        assertThat(h2ServerThreads()).as("H2's server stopped").isEqualTo(before);
        try (ServerSocket again = new ServerSocket(port, 1, loopback)) {
            assertThat(again.getLocalPort()).as("the tunnel's port is free again").isEqualTo(port);
        }
    }
}
