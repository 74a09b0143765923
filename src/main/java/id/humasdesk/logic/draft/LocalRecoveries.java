package id.humasdesk.logic.draft;

import java.util.List;
import java.util.UUID;

/**
 * This PC's own copy of the editor's recovery records, on its own disk (decision note 0604). With an
 * office database server the shared copy can be out of reach at the very moment the user types; this
 * one is written first, durably, and never waits on the network. Each copy knows whether the office
 * database held the same version when it was written.
 */
public interface LocalRecoveries {
    /** A record kept on this PC; {@code shared}: the office database also had this version. */
    record Kept(Recovery recovery, boolean shared) {
    }

    /** Replaces the record with this version; survives a crash or power cut once it returns. */
    void put(Recovery recovery, boolean shared);

    void remove(UUID id);

    /** This user's records on this PC, oldest first. */
    List<Kept> list(UUID userId);

    /** Records of any user on this PC (to tell the user what is kept while the server is away). */
    int count();

    /** For an embedded database: it lives on this PC already, so no second copy is kept. */
    LocalRecoveries NONE = new LocalRecoveries() {
        @Override
        public void put(Recovery recovery, boolean shared) {
        }

        @Override
        public void remove(UUID id) {
        }

        @Override
        public List<Kept> list(UUID userId) {
            return List.of();
        }

        @Override
        public int count() {
            return 0;
        }
    };
}
