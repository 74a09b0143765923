package id.humasdesk.store;

import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How this PC reaches a hosted office (decision note 0620): through one {@link TlsTunnel.Client}
 * per host, address and certificate pin, started at first use and kept for the life of the
 * process (a loopback listener and a few daemon threads), so that H2's driver connects to
 * loopback and every byte to the host goes over TLS to the pinned certificate.
 */
public final class HostLink {
    private static final Map<String, TlsTunnel.Client> TUNNELS = new ConcurrentHashMap<>();

    private HostLink() {
    }

    /**
     * The target the driver connects to: for a hosted office with a certificate pin, the same
     * database through this PC's loopback end of the tunnel; any other target unchanged. Errors
     * are still described with the original target (the host's own address).
     */
    static DatabaseTarget route(DatabaseTarget target) {
        if (!target.isHosted() || target.hostPin() == null) {
            return target;
        }
        String where = target.serverName();
        int colon = where.lastIndexOf(':');
        String host = where.substring(0, colon).replace("[", "").replace("]", "");
        int port = Integer.parseInt(where.substring(colon + 1));
        TlsTunnel.Client tunnel = tunnel(host, port, HexFormat.of().parseHex(target.hostPin()));
        String rest = target.url().substring(target.url().indexOf(where) + where.length());
        return new DatabaseTarget("jdbc:h2:tcp://127.0.0.1:" + tunnel.localPort() + rest, target.user(),
                target.password(), target.hostPin());
    }

    /** The loopback end of the tunnel to the host of a join code, as "127.0.0.1:port" (tests, tools). */
    public static String localAddress(JoinCode code) {
        return "127.0.0.1:" + tunnel(code.hostAddress(), code.port(), code.hostPin()).localPort();
    }

    /**
     * Whether the last connection to this hosted target was refused because the PC at its
     * address presented another certificate than the join code pins.
     */
    static boolean wrongCertificate(DatabaseTarget target) {
        if (!target.isHosted() || target.hostPin() == null) {
            return false;
        }
        TlsTunnel.Client t = TUNNELS.get(key(target));
        return t != null && t.wrongCertificate() != null;
    }

    private static String key(DatabaseTarget target) {
        String where = target.serverName();
        int colon = where.lastIndexOf(':');
        return key(where.substring(0, colon).replace("[", "").replace("]", ""),
                Integer.parseInt(where.substring(colon + 1)), target.hostPin());
    }

    private static String key(String host, int port, String pinHex) {
        try {
            return InetAddress.getByName(host).getHostAddress() + "|" + port + "|" + pinHex;
        } catch (UnknownHostException e) {
            return host + "|" + port + "|" + pinHex;
        }
    }

    private static TlsTunnel.Client tunnel(String host, int port, byte[] pin) {
        return TUNNELS.compute(key(host, port, HexFormat.of().formatHex(pin)), (k, old) -> {
            if (old != null && old.isOpen()) {
                return old;
            }
            try {
                return TlsTunnel.Client.start(InetAddress.getByName(host), port, pin, new SecureRandom());
            } catch (IOException e) {
                throw new UserFacingException(e, "error.host.unreachable", host + ":" + port);
            }
        });
    }
}
