package id.humasdesk.gui.maintenance;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.maintenance.MaintenanceService;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.model.User;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Admin → Pemeliharaan: an integrity check of the open database, and a compaction, which on the
 * embedded store needs the database closed and so is staged for the next start.
 */
public final class MaintenanceViewModel {
    private final MaintenanceService care;
    private final ScreenTasks tasks;
    private final Messages m;
    private final Formats formats;
    private final User user;
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final StringProperty checkResult = new SimpleStringProperty("");
    private final BooleanProperty damaged = new SimpleBooleanProperty();
    private final BooleanProperty compactionRequested = new SimpleBooleanProperty();
    private final StringProperty compactionNote = new SimpleStringProperty("");
    private long databaseBytes;

    public MaintenanceViewModel(MaintenanceService care, TaskExecutor executor, Messages m, Formats formats, User user,
            Consumer<Throwable> onError) {
        this.care = care;
        this.tasks = new ScreenTasks(executor, onError);
        this.m = m;
        this.formats = formats;
        this.user = user;
    }

    /** Reads the database size, the last compaction and whether one is requested. */
    public void load() {
        tasks.task(() -> care.overview(user)).onSuccess(o -> {
            databaseBytes = o.databaseBytes();
            compactionRequested.set(o.compactionRequested());
            String size = m.get("maintenance.size", formats.size(o.databaseBytes()));
            String last = o.lastCompaction().map(c -> m.get("maintenance.lastCompaction", formats.dateTime(c.at()),
                    formats.size(c.before()), formats.size(c.after()))).orElse(m.get("maintenance.neverCompacted"));
            String requested = o.compactionRequested() ? " " + m.get("maintenance.compactionRequested") : "";
            compactionNote.set(size + " " + last + requested);
        }).start();
    }

    /** Reads every row once, off the FX thread; the result is shown in words. */
    public void checkIntegrity() {
        if (checking.get()) {
            return;
        }
        damaged.set(false);
        long start = System.nanoTime();
        tasks.task(() -> care.checkIntegrity(user)).busy(checking).status(checkResult, m.get("maintenance.checking"))
                .onSuccess(r -> {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    damaged.set(!r.ok());
                    checkResult.set(r.ok() ? m.get("maintenance.intact", r.tables(), r.rows(), seconds)
                            : m.get("maintenance.damaged"));
                }).start();
    }

    /** The question asked before a compaction is requested. */
    public String compactQuestion() {
        return m.get("maintenance.compact.confirm", formats.size(databaseBytes));
    }

    /** Asks for a compaction at the next start; {@code then} runs once it is recorded. */
    public void requestCompaction(Runnable then) {
        tasks.task(() -> care.requestCompaction(user)).onSuccess(x -> {
            load();
            then.run();
        }).start();
    }

    public void cancelCompaction() {
        tasks.task(() -> care.cancelCompaction(user)).onSuccess(x -> load()).start();
    }

    /** The window closed: nothing more is shown in it. */
    public void close() {
        tasks.close();
    }

    /** The result of this start's staged work, for a message after sign-in; empty when nothing was done. */
    public static java.util.Optional<String> atStartMessage(StoreCare.AtStart at, Messages m, Formats formats) {
        StringBuilder sb = new StringBuilder();
        at.restored().ifPresent(r -> sb.append(m.get("backup.restored", r.from().getFileName().toString(),
                r.aside().toString())));
        at.restoreFailed().ifPresent(f -> sb.append(m.get("backup.restoreFailedAtStart", f.toString())));
        at.compacted().ifPresent(c -> sb.append(sb.length() > 0 ? "\n\n" : "").append(m.get("maintenance.compacted",
                formats.size(c.before()), formats.size(c.after()))));
        return sb.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(sb.toString());
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public ReadOnlyStringProperty checkResultProperty() {
        return checkResult;
    }

    public ReadOnlyBooleanProperty damagedProperty() {
        return damaged;
    }

    public ReadOnlyBooleanProperty compactionRequestedProperty() {
        return compactionRequested;
    }

    public ReadOnlyStringProperty compactionNoteProperty() {
        return compactionNote;
    }
}
