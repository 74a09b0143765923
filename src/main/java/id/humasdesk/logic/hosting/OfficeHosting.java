package id.humasdesk.logic.hosting;

import id.humasdesk.model.Office;
import java.util.Optional;

/**
 * One PC of the office hosts the office database for the others (decision note 0620), and the
 * others join it with the office join code.
 */
public interface OfficeHosting {
    /** The running host. Closing it stops serving and closes the database. */
    interface Hosted extends AutoCloseable {
        /** The address the server listens on (the one the admin picked). */
        String address();

        int port();

        /** The join code, only when it was made by this start (it is shown once and not kept). */
        Optional<JoinCode> newCode();

        /** How many other PCs hold connections open now (distinct addresses; a PC pools several connections). */
        int connectedPcs();

        /**
         * The SHA-256 fingerprint of this PC's TLS certificate ("AB:CD:…"; public: the join code
         * carries its first 16 bytes), for the admin to compare; empty when not known.
         */
        default String certificateFingerprint() {
            return "";
        }

        @Override
        void close();
    }

    /**
     * Starts serving this data directory's office database on {@code bindAddress}:{@code port}.
     * Listening on every interface (0.0.0.0) only with {@code allInterfaces}. A new join code is made
     * on the first start, with {@code newCode}, or when the address or port changed.
     */
    Hosted start(String bindAddress, int port, boolean allInterfaces, boolean newCode);

    /**
     * Connects once to the office a join code names and returns that office (tests the connection).
     * Throws {@link id.humasdesk.model.UserFacingException} when it is not reachable or not set up.
     */
    Office joinedOffice(JoinCode code);

    /** Remembers the join code in this data directory, so later starts use the hosted office. */
    void remember(JoinCode code);
}
