package id.humasdesk.gui.app;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.common.Preferences;
import id.humasdesk.logic.connect.DatabaseChoice;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.logic.services.Bootstrap;
import java.nio.file.Path;

/**
 * What the launcher hands to the desktop app. With a {@code databaseChoice}, a first run starts
 * by asking which database this PC uses (decision 0602); without one it sets up the office in the
 * {@code bootstrap}'s database at once. {@code offline} restores this PC's own database while it is
 * closed, so a store found damaged at start can be replaced by its newest backup (null: not offered).
 * {@code officeLink} says how this PC reaches the office database, for the status bar, the hosting
 * dialog and the close warning (decision 0620).
 */
public record GuiStart(Bootstrap bootstrap, Messages messages, Preferences preferences, Path dataDirectory,
        boolean firstRun, boolean exitAfterStart, long jvmStartMillis, DatabaseChoice databaseChoice,
        StoreCare.Offline offline, id.humasdesk.logic.hosting.OfficeLink officeLink) {
    /** Without an {@code officeLink} the app shows no connection state and offers no hosting (tests). */
    public GuiStart(Bootstrap bootstrap, Messages messages, Preferences preferences, Path dataDirectory,
            boolean firstRun, boolean exitAfterStart, long jvmStartMillis, DatabaseChoice databaseChoice,
            StoreCare.Offline offline) {
        this(bootstrap, messages, preferences, dataDirectory, firstRun, exitAfterStart, jvmStartMillis, databaseChoice,
                offline, null);
    }

    public GuiStart(Bootstrap bootstrap, Messages messages, Preferences preferences, Path dataDirectory,
            boolean firstRun, boolean exitAfterStart, long jvmStartMillis, DatabaseChoice databaseChoice) {
        this(bootstrap, messages, preferences, dataDirectory, firstRun, exitAfterStart, jvmStartMillis, databaseChoice,
                null);
    }

    public GuiStart(Bootstrap bootstrap, Messages messages, Preferences preferences, Path dataDirectory,
            boolean firstRun, boolean exitAfterStart, long jvmStartMillis) {
        this(bootstrap, messages, preferences, dataDirectory, firstRun, exitAfterStart, jvmStartMillis, null);
    }
}
