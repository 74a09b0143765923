package id.humasdesk.gui.maintenance;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.maintenance.MaintenanceService.BackupRow;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Admin → Cadangan: the list of backups, a backup now, a restore staged for the next start. */
public final class BackupDialog {
    private final Window owner;
    private final BackupViewModel vm;
    private final DialogService dialogs;
    private final Messages m;
    private final Formats formats;
    private final Runnable quit;

    /** {@code quit} closes the app as the window's close button does (asking about unsaved work). */
    public BackupDialog(Window owner, BackupViewModel vm, DialogService dialogs, Messages m, Formats formats,
            Runnable quit) {
        this.owner = owner;
        this.vm = vm;
        this.dialogs = dialogs;
        this.m = m;
        this.formats = formats;
        this.quit = quit;
    }

    public void show() {
        Label intro = new Label(m.get("backup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");

        TableView<BackupRow> table = new TableView<>(vm.backups());
        table.setId("backup-table");
        table.setAccessibleText(m.get("backup.table"));
        table.setPlaceholder(new Label(m.get("backup.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                col(m.get("backup.col.madeAt"), b -> formats.dateTime(b.madeAt()), 170),
                col(m.get("backup.col.kind"), b -> m.label(b.kind()), 120),
                col(m.get("backup.col.size"), b -> formats.size(b.bytes()), 90),
                col(m.get("backup.col.file"), b -> b.file().getFileName().toString(), 220)));
        table.setPrefSize(680, 260);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label sizeNote = new Label();
        sizeNote.setId("backup-size-note");
        sizeNote.setWrapText(true);
        sizeNote.textProperty().bind(vm.sizeNoteProperty());
        vm.lowSpaceProperty().addListener((o, was, low) -> sizeNote.getStyleClass().setAll(
                low ? java.util.List.of("label", "error-text") : java.util.List.of("label")));
        Label lowSpace = new Label(m.get("backup.lowSpace"));
        lowSpace.setWrapText(true);
        lowSpace.getStyleClass().add("error-text");
        lowSpace.visibleProperty().bind(vm.lowSpaceProperty());
        lowSpace.managedProperty().bind(lowSpace.visibleProperty());

        Label staged = new Label();
        staged.setId("backup-staged");
        staged.setWrapText(true);
        staged.textProperty().bind(vm.stagedNoteProperty());
        staged.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(staged, Priority.ALWAYS);
        Button cancelRestore = new Button(m.get("backup.restore.cancel"));
        cancelRestore.setId("backup-cancel-restore");
        cancelRestore.setOnAction(e -> vm.cancelRestore());
        cancelRestore.setMinWidth(Region.USE_PREF_SIZE); // the notice's text wraps, the button keeps its words
        HBox stagedRow = new HBox(10, staged, cancelRestore);
        stagedRow.setAlignment(Pos.CENTER_LEFT);
        stagedRow.getStyleClass().add("notice");
        stagedRow.visibleProperty().bind(vm.stagedRestoreProperty().isNotNull());
        stagedRow.managedProperty().bind(stagedRow.visibleProperty());

        Button make = new Button(m.get("backup.makeNow"));
        make.setId("backup-make");
        make.getStyleClass().add("accent");
        make.disableProperty().bind(vm.busyProperty());
        make.setOnAction(e -> vm.backupNow());
        Button restore = new Button(m.get("backup.restore"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(vm.busyProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> {
            BackupRow row = table.getSelectionModel().getSelectedItem();
            if (row != null && dialogs.confirm(m.get("backup.restore.title"), vm.restoreQuestion(row))) {
                vm.stageRestore(row.file(), this::offerClose);
            }
        });
        Button fromFile = new Button(m.get("backup.restoreFile"));
        fromFile.setId("backup-restore-file");
        fromFile.disableProperty().bind(vm.busyProperty());
        fromFile.setOnAction(e -> chooseFile(fromFile.getScene().getWindow()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.setAccessibleText(m.get("backup.making"));
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("backup-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox actions = new HBox(8, make, restore, fromFile);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox statusRow = new HBox(8, progress, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        statusRow.visibleProperty().bind(vm.busyProperty().or(vm.statusProperty().isNotEmpty()));
        statusRow.managedProperty().bind(statusRow.visibleProperty());

        VBox content = new VBox(10, intro, actions, statusRow, stagedRow, table, sizeNote, lowSpace);
        content.setPadding(new Insets(8));
        content.setPrefWidth(700);
        Dialog<Void> d = new Dialog<>();
        Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("backup.title"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getStylesheets().add(BackupDialog.class.getResource("/id/humasdesk/gui/app.css")
                .toExternalForm());
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        for (Label l : java.util.List.of(intro, sizeNote, lowSpace, staged, status)) {
            l.setMinHeight(Region.USE_PREF_SIZE); // wrapped text keeps its lines; the table gives way
        }
        table.setMinHeight(120);
        Runnable fit = () -> javafx.application.Platform.runLater(() -> {
            if (d.isShowing()) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        statusRow.visibleProperty().addListener((o, a, b) -> fit.run());
        stagedRow.visibleProperty().addListener((o, a, b) -> fit.run());
        lowSpace.visibleProperty().addListener((o, a, b) -> fit.run());
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.show();
        make.requestFocus();
    }

    private void chooseFile(Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("backup.restoreFile.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("backup.restoreFile.filter"), "*.zip"));
        File f = chooser.showOpenDialog(window);
        if (f != null) {
            Path p = f.toPath();
            if (dialogs.confirm(m.get("backup.restore.title"), vm.restoreQuestion(p))) {
                vm.stageRestore(p, this::offerClose);
            }
        }
    }

    /** After a restore is staged: close now (and open again to finish it), or later. */
    private void offerClose() {
        if (dialogs.confirm(m.get("backup.restore.title"), m.get("backup.restore.staged"))) {
            quit.run();
        }
    }

    private static TableColumn<BackupRow, String> col(String title, Function<BackupRow, String> value, double width) {
        TableColumn<BackupRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

}
