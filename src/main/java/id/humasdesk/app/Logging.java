package id.humasdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Log file in the data directory; the console stays quiet for users. */
final class Logging {
    private Logging() {
    }

    /**
     * Until a command opens its data directory (and so its log file), only warnings reach the
     * terminal: libraries log notes at their first use (ical4j: "ical4j.properties not found").
     */
    static void quietConsole() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.setLevel(Level.WARNING);
        }
    }

    static void toDataDirectory(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tFT%1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        try {
            Path logs = dataDir.resolve("logs");
            Files.createDirectories(logs);
            FileHandler file = new FileHandler(logs.resolve("humasdesk-%g.log").toString(), 5_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            System.err.println("Log file not available: " + e.getMessage());
        }
        root.setLevel(Level.INFO);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
    }
}
