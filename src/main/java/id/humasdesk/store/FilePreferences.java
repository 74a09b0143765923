package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.common.Preferences;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/** A small properties file in the data directory, written atomically. */
public final class FilePreferences implements Preferences {
    private static final Logger LOG = Logger.getLogger(FilePreferences.class.getName());
    private final Path file;
    private final Properties props = new Properties();

    public FilePreferences(Path dataDir) {
        this.file = dataDir.resolve("preferences.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warning("Preferences unreadable, using defaults: " + e.getMessage());
            }
        }
    }

    @Override
    public Locale language() {
        return Locale.forLanguageTag(props.getProperty("language", "id"));
    }

    @Override
    public void setLanguage(Locale locale) {
        set("language", locale.getLanguage());
    }

    @Override
    public String lastUsername() {
        return props.getProperty("lastUsername", "");
    }

    @Override
    public void setLastUsername(String username) {
        set("lastUsername", username);
    }

    private synchronized void set(String key, String value) {
        props.setProperty(key, value);
        try {
            AtomicFiles.replace(file, AtomicFiles.Access.DEFAULT, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                props.store(w, "HumasDesk workstation preferences");
                w.flush();
            });
        } catch (IOException e) {
            LOG.warning("Preferences not saved: " + e.getMessage());
        }
    }
}
