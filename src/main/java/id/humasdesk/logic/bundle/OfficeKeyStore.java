package id.humasdesk.logic.bundle;

import java.security.KeyPair;
import java.util.Optional;

/**
 * Where this office keeps its signing key pair: the current one and, during a rotation, the
 * announced next one. Implementations keep the private key readable by the owner only
 * (decision 0302).
 */
public interface OfficeKeyStore {
    enum Slot { CURRENT, NEXT }

    Optional<KeyPair> load(Slot slot);

    /** Writes the pair (replacing what the slot held) so that a crash never leaves half a key. */
    void save(Slot slot, KeyPair pair);

    void delete(Slot slot);
}
