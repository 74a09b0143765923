package id.humasdesk.gui.maintenance;

import id.humasdesk.gui.common.DialogService;
import id.humasdesk.logic.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The card that replaces the login when the store is damaged: the facts, the backup, restore or close. */
public final class DamagedStoreView {
    private final StackPane root;

    public DamagedStoreView(DamagedStoreViewModel vm, DialogService dialogs, Messages m, String logHint,
            Runnable close) {
        Label title = new Label(m.get("damaged.title"));
        title.getStyleClass().add("brand");
        Label text = wrapped(vm.explanation());
        text.setId("damaged-text");
        Label backup = wrapped(vm.backupNote());
        backup.setId("damaged-backup");
        Label where = wrapped(logHint);
        where.getStyleClass().add("hint");
        Label status = wrapped("");
        status.setId("damaged-status");
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Button closeButton = new Button(m.get("button.close"));
        closeButton.setOnAction(e -> close.run());
        closeButton.disableProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(10);
        if (vm.canRestore()) {
            Button restore = new Button(m.get("damaged.restore"));
            restore.setId("damaged-restore");
            restore.setMnemonicParsing(true);
            restore.setDefaultButton(true);
            restore.disableProperty().bind(vm.busyProperty());
            restore.setOnAction(e -> {
                if (dialogs.confirm(m.get("damaged.confirm.title"), vm.confirmText())) {
                    vm.restore();
                }
            });
            buttons.getChildren().add(restore);
        } else {
            closeButton.setDefaultButton(true);
        }
        buttons.getChildren().addAll(closeButton, progress);

        VBox card = new VBox(14, title, text, backup, status, where, buttons);
        card.getStyleClass().add("card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        root = new StackPane(card);
        root.getStyleClass().add("backdrop");
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    public Parent root() {
        return root;
    }
}
