package id.humasdesk.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The store failed its integrity check at start and was not opened. A copy of the damaged files is
 * kept in {@code aside}; the newest backup of this PC, if there is one, is what a restore would bring
 * back, so the desktop app can offer it where the command line names it.
 */
public final class DamagedStoreException extends UserFacingException {
    private final transient Path aside;
    private final transient Path newestBackup;
    private final transient Instant backupMadeAt;

    public DamagedStoreException(Throwable cause, Path aside, Path newestBackup, Instant backupMadeAt) {
        super(cause, "error.store.damaged", aside.toString(), newestBackup == null ? "-" : newestBackup.toString());
        this.aside = aside;
        this.newestBackup = newestBackup;
        this.backupMadeAt = backupMadeAt;
    }

    public Path aside() {
        return aside;
    }

    /** The newest complete backup and when it was made; empty when this PC has none. */
    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }

    public Optional<Instant> backupMadeAt() {
        return Optional.ofNullable(backupMadeAt);
    }
}
