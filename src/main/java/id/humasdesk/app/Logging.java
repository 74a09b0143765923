package id.humasdesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        try {
            Path logs = dataDir.resolve("logs");
            Files.createDirectories(logs);
            FileHandler file = new FileHandler(logs.resolve("humasdesk-%g.log").toString(), 5_000_000, 3, true);
            file.setFormatter(new LineFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            System.err.println("Log file not available: " + e.getMessage());
        }
        root.setLevel(Level.INFO);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
    }

    /**
     * One line per record: local time, level, logger, message, then any stack trace. Not a
     * SimpleFormatter with a format property: that formats a trial date when it is created, and
     * the first time-zone lookup loads every java.time zone provider on the class path (ical4j's
     * costs some 70 ms) before the window shows. Here the zone is first needed by the first record.
     */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder(String.format("%1$tFT%1$tT.%1$tL %2$s %3$s: %4$s%n",
                    ZonedDateTime.ofInstant(r.getInstant(), ZoneId.systemDefault()), r.getLevel().getLocalizedName(),
                    r.getLoggerName(), formatMessage(r)));
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
