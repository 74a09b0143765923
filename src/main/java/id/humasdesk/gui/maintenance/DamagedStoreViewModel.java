package id.humasdesk.gui.maintenance;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.model.DamagedStoreException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The screen shown instead of the login when the store failed its check at start (decision 0031):
 * what happened, where the damaged files were kept, and the newest backup with one button to put it
 * back. Nobody can sign in to a damaged store, so the restore needs no account; it only brings back
 * this PC's own backup, and the damaged files stay aside.
 */
public final class DamagedStoreViewModel {
    private final DamagedStoreException damage;
    private final StoreCare.Offline offline;
    private final ScreenTasks tasks;
    private final Messages m;
    private final Formats formats;
    private final Consumer<Path> onRestored;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** {@code onRestored} gets the folder the replaced files went to, on the FX thread. */
    public DamagedStoreViewModel(DamagedStoreException damage, StoreCare.Offline offline, TaskExecutor executor,
            Messages m, Formats formats, Consumer<Path> onRestored) {
        this.damage = damage;
        this.offline = offline;
        this.tasks = new ScreenTasks(executor, this::showFailure);
        this.m = m;
        this.formats = formats;
        this.onRestored = onRestored;
    }

    /** True when there is a backup to offer and a way to restore it on this PC. */
    public boolean canRestore() {
        return offline != null && damage.newestBackup().isPresent();
    }

    public String explanation() {
        return m.get("damaged.text", damage.aside());
    }

    /** When the newest backup was made and what a restore gives up; or that there is none. */
    public String backupNote() {
        if (!canRestore()) {
            return m.get("damaged.noBackup");
        }
        String when = damage.backupMadeAt().map(formats::dateTime).orElse("-");
        return m.get("damaged.backup", when, damage.newestBackup().orElseThrow().getFileName());
    }

    public String confirmText() {
        return m.get("damaged.confirm.text", damage.newestBackup().map(Path::getFileName).orElse(null),
                damage.backupMadeAt().map(formats::dateTime).orElse("-"));
    }

    public void restore() {
        if (!canRestore() || busy.get()) {
            return;
        }
        Path zip = damage.newestBackup().orElseThrow();
        tasks.task(() -> offline.restore(zip)).busy(busy).status(status, m.get("damaged.restoring"))
                .onSuccess(onRestored).start();
    }

    /** A restore that failed is said on this screen: there is no other window yet. */
    private void showFailure(Throwable e) {
        status.set(m.describe(e));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
