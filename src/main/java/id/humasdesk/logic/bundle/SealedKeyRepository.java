package id.humasdesk.logic.bundle;

import java.util.Optional;

/** Where the shared database keeps the sealed office key (decision 0611). */
public interface SealedKeyRepository {
    Optional<SealedKey> find(OfficeKeyStore.Slot slot);

    /** Adds the key to its slot; false (nothing changed) when the slot is taken, also by another PC just now. */
    boolean insert(SealedKey key);

    /** After a rotation was announced: the NEXT key becomes CURRENT, in one transaction. */
    void promoteNext();
}
