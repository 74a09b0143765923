package id.humasdesk.gui;

import id.humasdesk.logic.Bootstrap;
import id.humasdesk.logic.Messages;
import id.humasdesk.logic.Preferences;
import java.nio.file.Path;

/** What the launcher hands to the desktop app. */
public record GuiStart(Bootstrap bootstrap, Messages messages, Preferences preferences, Path dataDirectory,
        boolean firstRun, boolean exitAfterStart, long jvmStartMillis) {
}
