package id.humasdesk.gui.app;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.common.Preferences;
import java.nio.file.Path;

/**
 * What the launcher hands to the desktop app. A {@code firstRun} starts with the setup wizard,
 * otherwise the login shows; either way the app reaches the office database through {@code store}.
 * {@code dataDirectory} is where this PC keeps its files (the log the error screens point to).
 */
public record GuiStart(Messages messages, Preferences preferences, Path dataDirectory, boolean firstRun,
        StoreAccess store, StartupMeasurement startup) {
}
