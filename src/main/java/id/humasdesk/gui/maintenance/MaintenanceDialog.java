package id.humasdesk.gui.maintenance;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.logic.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Admin → Pemeliharaan: check the database's integrity, compact it at the next start. */
public final class MaintenanceDialog {
    private final Window owner;
    private final MaintenanceViewModel vm;
    private final DialogService dialogs;
    private final Messages m;
    private final Runnable quit;

    /** {@code quit} closes the app as the window's close button does (asking about unsaved work). */
    public MaintenanceDialog(Window owner, MaintenanceViewModel vm, DialogService dialogs, Messages m, Runnable quit) {
        this.owner = owner;
        this.vm = vm;
        this.dialogs = dialogs;
        this.m = m;
        this.quit = quit;
    }

    public void show() {
        Label checkTitle = new Label(m.get("maintenance.check.title"));
        checkTitle.getStyleClass().add("section-label");
        Label checkHint = hint(m.get("maintenance.check.hint"));
        Button check = new Button(m.get("maintenance.check"));
        check.setId("maintenance-check");
        check.disableProperty().bind(vm.checkingProperty());
        check.setOnAction(e -> vm.checkIntegrity());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.setAccessibleText(m.get("maintenance.checking"));
        progress.visibleProperty().bind(vm.checkingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label result = new Label();
        result.setId("maintenance-check-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.checkResultProperty());
        result.visibleProperty().bind(vm.checkResultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        vm.damagedProperty().addListener((o, was, bad) -> {
            if (bad) {
                result.getStyleClass().add("error-text");
            } else {
                result.getStyleClass().remove("error-text");
            }
        });
        HBox checkRow = new HBox(8, check, progress);
        checkRow.setAlignment(Pos.CENTER_LEFT);

        Label compactTitle = new Label(m.get("maintenance.compact.title"));
        compactTitle.getStyleClass().add("section-label");
        Label compactHint = hint(m.get("maintenance.compact.hint"));
        Label note = new Label();
        note.setId("maintenance-compact-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.compactionNoteProperty());
        Button compact = new Button(m.get("maintenance.compact"));
        compact.setId("maintenance-compact");
        compact.disableProperty().bind(vm.compactionRequestedProperty());
        compact.setOnAction(e -> {
            if (dialogs.confirm(m.get("maintenance.compact.title"), vm.compactQuestion())) {
                vm.requestCompaction(() -> {
                    if (dialogs.confirm(m.get("maintenance.compact.title"), m.get("maintenance.compact.staged"))) {
                        quit.run();
                    }
                });
            }
        });
        Button cancel = new Button(m.get("maintenance.compact.cancel"));
        cancel.setId("maintenance-compact-cancel");
        cancel.visibleProperty().bind(vm.compactionRequestedProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelCompaction());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox compactRow = new HBox(8, compact, cancel);
        compactRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, checkTitle, checkHint, checkRow, result, new Separator(), compactTitle,
                compactHint, note, compactRow);
        content.setPadding(new Insets(8));
        content.setPrefWidth(560);
        Dialog<Void> d = new Dialog<>();
        Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("maintenance.title"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getStylesheets().add(MaintenanceDialog.class.getResource("/id/humasdesk/gui/app.css")
                .toExternalForm());
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        for (Label l : java.util.List.of(checkHint, result, compactHint, note)) {
            l.setMinHeight(Region.USE_PREF_SIZE); // wrapped text keeps all its lines
        }
        result.visibleProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            if (d.isShowing()) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.show();
        check.requestFocus();
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }
}
