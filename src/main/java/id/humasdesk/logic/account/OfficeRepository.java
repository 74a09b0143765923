package id.humasdesk.logic.account;

import id.humasdesk.model.Office;
import java.util.Optional;

/** The one office this data directory belongs to. */
public interface OfficeRepository {
    Optional<Office> find();

    void save(Office office);
}
