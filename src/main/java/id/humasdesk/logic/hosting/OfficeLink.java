package id.humasdesk.logic.hosting;

import id.humasdesk.model.UserFacingException;
import java.util.Optional;

/**
 * How this PC reaches the office database, for the status bar and the close warning: its own
 * database, the office database it hosts for the other PCs, a host PC it joined, or a server.
 * {@link #check()} talks to the database: call it off the FX thread.
 */
public interface OfficeLink {
    enum Kind { THIS_PC, HOSTING, HOSTED, SERVER }

    /** What a check found: whether the office database answered, and (hosting) how many PCs use it now. */
    record State(boolean reachable, int connectedPcs, UserFacingException problem) {
        public static State reached(int connectedPcs) {
            return new State(true, connectedPcs, null);
        }

        public static State unreachable(UserFacingException problem) {
            return new State(false, 0, problem);
        }
    }

    Kind kind();

    /** The host or server, e.g. {@code 192.168.1.10:9092}; empty for this PC's own database. */
    String where();

    /** Asks the office database (and, when hosting, counts the other PCs' connections). Slow. */
    State check();

    /** Why this PC does not host although an admin chose it (address gone, port taken), if so. */
    Optional<UserFacingException> hostingProblem();

    /** The join code made at this start, until {@link HostingService#codeShown} (shown once, to an admin). */
    Optional<JoinCode> newCode();

    /** The admin's use case over this PC's hosting choice. */
    HostingService hosting();
}
