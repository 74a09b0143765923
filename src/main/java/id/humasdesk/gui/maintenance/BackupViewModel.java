package id.humasdesk.gui.maintenance;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.maintenance.MaintenanceService;
import id.humasdesk.logic.maintenance.MaintenanceService.BackupRow;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Admin → Cadangan: the backups in the data directory with their sizes, the space they take and
 * the space left; a backup now; a restore staged for the next start. All work runs off the FX thread.
 */
public final class BackupViewModel {
    private final MaintenanceService care;
    private final ScreenTasks tasks;
    private final Messages m;
    private final Formats formats;
    private final User user;
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final StringProperty sizeNote = new SimpleStringProperty("");
    private final BooleanProperty lowSpace = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Path> stagedRestore = new SimpleObjectProperty<>();
    private final StringProperty stagedNote = new SimpleStringProperty("");

    public BackupViewModel(MaintenanceService care, TaskExecutor executor, Messages m, Formats formats, User user,
            Consumer<Throwable> onError) {
        this.care = care;
        this.tasks = new ScreenTasks(executor, onError);
        this.m = m;
        this.formats = formats;
        this.user = user;
    }

    /** Reads the list and the sizes again. */
    public void load() {
        tasks.task(() -> care.overview(user)).onSuccess(this::show).start();
    }

    private void show(MaintenanceService.Overview o) {
        backups.setAll(o.backups());
        sizeNote.set(m.get("backup.sizeNote", o.backups().size(), formats.size(o.backupBytes()),
                formats.size(o.databaseBytes()), formats.size(o.freeBytes())));
        // Less room than two more backups of this size: worth a warning before the disk fills.
        lowSpace.set(o.freeBytes() < 2 * Math.max(o.databaseBytes(), 1));
        stagedRestore.set(o.stagedRestore().orElse(null));
        stagedNote.set(o.stagedRestore().map(p -> m.get("backup.staged", p.getFileName().toString())).orElse(""));
    }

    /** A backup now; the list shows it when done. */
    public void backupNow() {
        if (busy.get()) {
            return;
        }
        tasks.task(() -> care.backupNow(user)).busy(busy).status(status, m.get("backup.making")).onSuccess(b -> {
            status.set(m.get("backup.made", b.file().getFileName().toString(), formats.size(b.bytes())));
            load();
        }).start();
    }

    /** The question asked before a restore of {@code row} is staged. */
    public String restoreQuestion(BackupRow row) {
        return m.get("backup.restore.confirm", row.file().getFileName().toString(), formats.dateTime(row.madeAt()));
    }

    /** The question asked before a restore of a file chosen outside the list is staged. */
    public String restoreQuestion(Path file) {
        return m.get("backup.restore.confirmFile", file.toString());
    }

    /** Stages the restore of {@code file} for the next start; {@code then} runs once it is staged. */
    public void stageRestore(Path file, Runnable then) {
        tasks.task(() -> care.stageRestore(user, file)).busy(busy).status(status, m.get("backup.checking"))
                .onSuccess(x -> {
                    load();
                    then.run();
                }).start();
    }

    public void cancelRestore() {
        tasks.task(() -> care.cancelRestore(user)).onSuccess(x -> {
            status.set(m.get("backup.restore.cancelled"));
            load();
        }).start();
    }

    /** The window closed: nothing more is shown in it. */
    public void close() {
        tasks.close();
    }

    public ObservableList<BackupRow> backups() {
        return backups;
    }

    public ReadOnlyStringProperty sizeNoteProperty() {
        return sizeNote;
    }

    public ReadOnlyBooleanProperty lowSpaceProperty() {
        return lowSpace;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Path> stagedRestoreProperty() {
        return stagedRestore;
    }

    public ReadOnlyStringProperty stagedNoteProperty() {
        return stagedNote;
    }
}
