package id.humasdesk.store;

import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import org.h2.tools.Server;

/**
 * The network side of a hosted office (decision note 0620): the TLS tunnel that listens where the
 * admin chose and presents this PC's certificate, and H2's TCP server on loopback behind it. They
 * start and stop as a pair, server first and tunnel last on the way up, the other way on the way down.
 */
final class HostListeners implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HostListeners.class.getName());
    private final InetAddress bind;
    private final int port;
    private final HostCertificate identity;
    private final Server server;
    private final TlsTunnel.Host tunnel;

    private HostListeners(InetAddress bind, int port, HostCertificate identity, Server server, TlsTunnel.Host tunnel) {
        this.bind = bind;
        this.port = port;
        this.identity = identity;
        this.server = server;
        this.tunnel = tunnel;
    }

    /**
     * Starts H2's TCP server, then the tunnel on {@code bind}:{@code port} in front of it. When the
     * tunnel cannot start, the server stops again before the failure is thrown.
     */
    static HostListeners start(DataDirectory dir, InetAddress bind, int port, HostCertificate identity,
            SecureRandom random) {
        Server server = startServer(dir, random);
        try {
            return new HostListeners(bind, port, identity, server, startTunnel(bind, port, identity, server.getPort(),
                    random));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** H2's TCP server on loopback, on a port the system picks, for local connections only. */
    private static Server startServer(DataDirectory dir, SecureRandom random) {
        List<String> args = List.of("-tcpPort", "0", "-baseDir", dir.database().getParent().toString(), "-ifExists",
                "-tcpPassword", OfficeHost.secret(random, 32));
        try {
            return Server.createTcpServer(args.toArray(String[]::new)).start();
        } catch (SQLException e) {
            LOG.warning("The TCP server did not start: " + e.getMessage());
            throw new UserFacingException(e, "error.host.portInUse", OfficeHost.LOOPBACK + ":0");
        }
    }

    private static TlsTunnel.Host startTunnel(InetAddress bind, int port, HostCertificate identity, int h2Port,
            SecureRandom random) {
        try {
            return TlsTunnel.Host.start(bind, port, identity, h2Port, random);
        } catch (IOException e) {
            LOG.warning("The TLS listener did not start: " + e.getMessage());
            throw new UserFacingException(e, "error.host.portInUse", bind.getHostAddress() + ":" + port);
        }
    }

    /** The address the tunnel listens on, as the admin picked it. */
    String address() {
        return bind.getHostAddress();
    }

    int port() {
        return port;
    }

    /** The loopback port H2's own server took. */
    int h2Port() {
        return server.getPort();
    }

    HostCertificate identity() {
        return identity;
    }

    int connectedPcs() {
        return tunnel.connectedPcs();
    }

    long forwarded() {
        return tunnel.forwarded();
    }

    long refused() {
        return tunnel.refused();
    }

    /** The tunnel first, so no PC reaches a server that is stopping. */
    @Override
    public void close() {
        tunnel.close();
        server.stop();
    }
}
