package id.humasdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where data lives: {@code --data-dir}, else {@code HUMASDESK_DATA_DIR}, else the per-user folder
 * of the operating system. Never next to the installation.
 */
final class DataDirectories {
    static final String ENV = "HUMASDESK_DATA_DIR";

    private DataDirectories() {
    }

    static Path resolve(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            return Path.of(appData, "HumasDesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "HumasDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "humasdesk") : Path.of(home, ".local", "share", "humasdesk");
    }

    static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
