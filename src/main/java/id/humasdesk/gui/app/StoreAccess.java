package id.humasdesk.gui.app;

import id.humasdesk.logic.connect.DatabaseChoice;
import id.humasdesk.logic.hosting.OfficeLink;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.logic.services.Bootstrap;

/**
 * How the desktop app reaches the office database before anyone signs in: the launcher's four ways
 * to open, choose, restore and watch it, kept together because all four concern that one database.
 *
 * @param bootstrap opens it (behind the first screen)
 * @param databaseChoice with a first run, the wizard first asks which database this PC uses (decision
 *        0602); null: the office is set up in the {@code bootstrap}'s database at once
 * @param offline restores this PC's own database while it is closed, so a store found damaged at start
 *        can be replaced by its newest backup; null: not offered
 * @param officeLink how this PC reaches the office database, for the status bar, the hosting dialog and
 *        the close warning (decision 0620); null: no connection state and no hosting (tests)
 */
public record StoreAccess(Bootstrap bootstrap, DatabaseChoice databaseChoice, StoreCare.Offline offline,
        OfficeLink officeLink) {
    /** Only opens the database: no choice on a first run, no restore, no hosting. */
    public static StoreAccess opening(Bootstrap bootstrap) {
        return new StoreAccess(bootstrap, null, null, null);
    }
}
