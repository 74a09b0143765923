package id.humasdesk.gui.bundle;

import id.humasdesk.gui.common.ScreenTask;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.ExportRecord;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.bundle.ImportResult;
import id.humasdesk.logic.bundle.Manifest;
import id.humasdesk.logic.bundle.OfficeKeys;
import id.humasdesk.logic.bundle.VerifiedBundle;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Office;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Bundles for headquarters: export with progress and history; verify and import with a report.
 * All work runs through the {@link TaskExecutor}, never on the FX thread.
 */
public final class BundleViewModel {
    private static final int HISTORY_ROWS = 200;

    /** The services the bundle screen uses: bundles, and the clock that names the default export file. */
    public record Deps(BundleService bundles, Clock clock) {
    }

    private final BundleService bundles;
    private final Clock clock;
    private final ScreenTasks tasks;
    private final Messages m;
    private final Office office;
    private final User user;
    private final ObservableList<ExportRecord> history = FXCollections.observableArrayList();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty pending = new SimpleIntegerProperty(0);
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<OfficeKeys.Custody> custody =
            new javafx.beans.property.SimpleObjectProperty<>(OfficeKeys.Custody.THIS_PC);
    private final StringProperty keyNote = new SimpleStringProperty("");

    public BundleViewModel(Deps services, TaskExecutor executor, Messages m, Office office, User user,
            Consumer<Throwable> onError) {
        this.office = office;
        this.bundles = services.bundles();
        this.clock = services.clock();
        this.tasks = new ScreenTasks(executor, onError);
        this.m = m;
        this.user = user;
    }

    /** Export history, how many releases wait to be sent, and this office's key fingerprint. */
    public void load() {
        tasks.task(() -> new Loaded(bundles.history(user, HISTORY_ROWS),
                bundles.preview(user, ExportSelection.SINCE_LAST).size(),
                bundles.keys().current().map(k -> k.displayFingerprint()).orElse(""),
                bundles.keyCustody())).onSuccess(l -> {
                    history.setAll(l.history());
                    pending.set(l.pending());
                    fingerprint.set(l.fingerprint());
                    custody.set(l.custody());
                    keyNote.set(m.label(l.custody()));
                }).start();
    }

    private record Loaded(List<ExportRecord> history, int pending, String fingerprint, OfficeKeys.Custody custody) {
    }

    /** True when this PC can sign a bundle now (decision 0611). */
    public boolean canSign() {
        return custody.get() == OfficeKeys.Custody.THIS_PC || custody.get() == OfficeKeys.Custody.SEALED_UNLOCKED;
    }

    /** True when the key is sealed and locked here and the signed-in user is an administrator. */
    public boolean canUnlock() {
        return custody.get() == OfficeKeys.Custody.SEALED_LOCKED && user.has(Role.ADMIN);
    }

    /** An administrator unlocks the sealed office key on this PC; the passphrase is wiped afterwards. */
    public void unlock(char[] passphrase) {
        job(() -> {
            try {
                return bundles.unlockKey(user, passphrase);
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }).onSuccess(k -> {
            progress.set(0);
            status.set(m.get("bundle.key.unlocked"));
            load();
        }).start();
    }

    /** Where the signing key is and whether this PC can sign, as the export page shows it. */
    public javafx.beans.property.ReadOnlyObjectProperty<OfficeKeys.Custody> custody() {
        return custody;
    }

    public StringProperty keyNote() {
        return keyNote;
    }

    /** Where the export goes unless the user picks another file (a name from the office and the clock; no I/O). */
    public Path suggestedTarget() {
        return bundles.defaultTarget(office, clock.instant());
    }

    /** Exports to a file the save dialog chose; that dialog already asked before replacing a file. */
    public void export(Path target) {
        job(() -> bundles.export(user, ExportSelection.SINCE_LAST, target, true, (done, total) ->
                tasks.onFx(() -> progress.set(total == 0 ? 1 : (double) done / total)))).onSuccess(w -> {
                    progress.set(1);
                    status.set(m.get("bundle.gui.exported", w.manifest().itemCount(), w.photos(), w.file()));
                    load();
                }).start();
    }

    public void verify(Path file) {
        job(() -> bundles.verify(file)).onSuccess(v -> {
            progress.set(1);
            report.setAll(describe(v));
            status.set(m.get("bundle.gui.verified", file.getFileName()));
        }).showFailure(e -> { // a refused bundle is the answer, in the report, not an error dialog
            report.setAll(m.get("bundle.gui.refused", file.getFileName()), m.describe(e));
            status.set(m.get("bundle.gui.refused", file.getFileName()));
        }).start();
    }

    public void importFiles(List<Path> files) {
        job(() -> bundles.importBundles(user, files)).onSuccess(r -> {
            progress.set(1);
            report.setAll(describe(r));
            status.set(r.ok() ? m.get("bundle.gui.imported", r.bundles()) : m.get("bundle.gui.nothingImported"));
        }).start();
    }

    /** A long step with the busy flag and an indeterminate bar; the bar empties on failure. */
    private <T> ScreenTask<T> job(java.util.concurrent.Callable<T> work) {
        progress.set(-1);
        status.set("");
        report.clear();
        return tasks.task(work).busy(busy).onFailure(e -> progress.set(0));
    }

    /** The window closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }

    private List<String> describe(VerifiedBundle v) {
        Manifest mf = v.manifest();
        List<String> lines = new ArrayList<>();
        lines.add(m.get("bundle.gui.reportOffice", mf.office().name(), mf.office().code(), mf.key().displayFingerprint()));
        lines.add(m.get("bundle.gui.reportBundle", mf.bundleId(), mf.createdAt(), mf.createdBy().fullName()));
        lines.add(m.get("bundle.gui.reportContents", v.items().size(), v.photoCount(), v.fileSize()));
        if (mf.nextKey() != null) {
            lines.add(m.get("bundle.gui.reportRotation", mf.nextKey().displayFingerprint()));
        }
        return lines;
    }

    private List<String> describe(ImportResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("bundle.gui.counts", r.added(), r.updated(), r.unchanged(), r.conflicts(), r.rejected().size()));
        for (ImportResult.Rejection x : r.rejected()) {
            lines.add(m.get("bundle.gui.rejected", Path.of(x.file()).getFileName(), m.get(x.messageKey(), x.arguments())));
        }
        for (ImportResult.Gap g : r.gaps()) {
            lines.add(m.get("bundle.gui.gap", g.officeCode(), g.missingPreviousId()));
        }
        for (ImportResult.Rotation k : r.rotations()) {
            lines.add(m.get("bundle.gui.rotation", k.officeCode()));
        }
        return lines;
    }

    public ObservableList<ExportRecord> history() {
        return history;
    }

    public ObservableList<String> report() {
        return report;
    }

    /** 0..1 while known, -1 while indeterminate. */
    public DoubleProperty progress() {
        return progress;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public IntegerProperty pending() {
        return pending;
    }

    public StringProperty fingerprint() {
        return fingerprint;
    }

    public StringProperty status() {
        return status;
    }
}
