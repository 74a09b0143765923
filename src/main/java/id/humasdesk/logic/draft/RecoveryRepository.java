package id.humasdesk.logic.draft;

import java.util.List;
import java.util.UUID;

/** Crash-recovery records of unsaved editor content. */
public interface RecoveryRepository {
    void put(Recovery recovery);

    void remove(UUID id);

    List<Recovery> list(UUID userId);
}
