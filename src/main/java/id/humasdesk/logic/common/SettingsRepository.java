package id.humasdesk.logic.common;

import java.util.Optional;

/** Small named settings of this workstation's office. */
public interface SettingsRepository {
    Optional<String> get(String name);

    void put(String name, String value);
}
