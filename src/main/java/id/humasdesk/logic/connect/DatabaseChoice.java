package id.humasdesk.logic.connect;

import id.humasdesk.logic.services.Bootstrap;

/**
 * The first question of the setup wizard: which database this PC uses. Each choice is remembered
 * in the PC's data directory, so the next start opens the same database without asking. All
 * methods are slow (network, disk, key derivation): call them off the FX thread.
 */
public interface DatabaseChoice {
    /** Connects to a server without changing anything there and says what it holds. */
    ServerCheck test(ServerSettings server, char[] password);

    /** This PC only: the embedded database of the data directory (forgets a server chosen before). */
    Bootstrap useThisPc();

    /**
     * An office database server: remembers the settings and the password (protected for the OS
     * user, decision 0602) and returns how to open the store there.
     */
    Bootstrap useServer(ServerSettings server, char[] password);

    /**
     * An office whose database one PC hosts (decision 0620): checks the join code, connects, and
     * when an office is set up there remembers the code and returns how to open the store. An
     * office that is not set up yet, a wrong code or an unreachable host is a user-facing error.
     */
    Joined joinHostedOffice(String joinCode);

    /**
     * This PC hosts the office database for the other PCs of the office (decision 0620): the office
     * is set up here as on one PC, and from then on every start of the app also serves it on
     * {@code address}:{@code port}. The join code is made at the first start and shown once to the
     * administrator after signing in.
     */
    default Bootstrap hostThisPc(String address, int port) {
        throw new UnsupportedOperationException("hosting is not offered here");
    }

    /** This PC's LAN addresses (IPv4 first) to host on; slow (lists the network interfaces). */
    default java.util.List<String> hostAddresses() {
        return java.util.List.of();
    }

    /** The office found at the host, and how to open its store. */
    record Joined(ServerCheck office, Bootstrap bootstrap) {
    }
}
