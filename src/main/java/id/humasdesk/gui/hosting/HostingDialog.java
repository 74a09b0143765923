package id.humasdesk.gui.hosting;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.logic.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Admin → Tuan Rumah Basis Data: start or stop hosting the office database on one of this PC's
 * LAN addresses, the port, a new join code; the code made at this start (shown once, with a copy
 * button) and how many PCs are connected.
 */
public final class HostingDialog {
    private final Window owner;
    private final HostingViewModel vm;
    private final DialogService dialogs;
    private final Messages m;
    private final Runnable quit;

    /** {@code quit} closes the app as the window's close button does. */
    public HostingDialog(Window owner, HostingViewModel vm, DialogService dialogs, Messages m, Runnable quit) {
        this.owner = owner;
        this.vm = vm;
        this.dialogs = dialogs;
        this.m = m;
        this.quit = quit;
    }

    public void show() {
        Label intro = wrapped(m.get("hosting.intro"), "hint");
        Label state = wrapped("", "section-label");
        state.setId("hosting-state");
        state.textProperty().bind(vm.stateProperty());

        ComboBox<String> address = new ComboBox<>(vm.addresses());
        address.setId("hosting-address");
        address.valueProperty().bindBidirectional(vm.addressProperty());
        address.setMaxWidth(Double.MAX_VALUE);
        CheckBox all = new CheckBox(m.get("hosting.allInterfaces"));
        all.setId("hosting-all-interfaces");
        all.selectedProperty().bindBidirectional(vm.allInterfacesProperty());
        all.setWrapText(true);
        address.disableProperty().bind(all.selectedProperty());
        TextField port = new TextField();
        port.setId("hosting-port");
        port.textProperty().bindBidirectional(vm.portProperty());
        port.setPrefColumnCount(6);
        port.setMaxWidth(90);
        CheckBox newCode = new CheckBox(m.get("hosting.newCode"));
        newCode.setId("hosting-new-code");
        newCode.selectedProperty().bindBidirectional(vm.newCodeProperty());
        Label newCodeHint = wrapped(m.get("hosting.newCode.hint"), "hint");
        newCodeHint.setPadding(new Insets(0, 0, 0, 26));
        all.setMinHeight(Region.USE_PREF_SIZE);
        GridPane form = Controls.form();
        Controls.row(form, m.get("hosting.address"), new VBox(6, address, all));
        Controls.row(form, m.get("hosting.port"), port);
        form.add(new VBox(2, newCode, newCodeHint), 1, form.getRowCount());

        Button start = new Button();
        start.setId("hosting-start");
        start.textProperty().bind(javafx.beans.binding.Bindings.when(vm.plannedProperty())
                .then(m.get("hosting.saveChanges")).otherwise(m.get("hosting.start")));
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.busyProperty());
        start.setOnAction(e -> vm.save());
        Button stop = new Button(m.get("hosting.stop"));
        stop.setId("hosting-stop");
        stop.disableProperty().bind(vm.busyProperty().or(vm.plannedProperty().not()));
        stop.setOnAction(e -> {
            if (dialogs.confirm(m.get("hosting.title"), m.get("hosting.stop.confirm"))) {
                vm.stop();
            }
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(8, start, stop, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = wrapped("", "hint");
        message.setId("hosting-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label firewall = wrapped("", "hint");
        firewall.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("hosting.firewall", vm.portProperty().get()), vm.portProperty()));

        VBox codeArea = new VBox();
        Runnable showCode = () -> {
            if (vm.codeProperty().get().isEmpty()) {
                codeArea.getChildren().clear();
            } else {
                codeArea.getChildren().setAll(new Separator(), JoinCodeBox.of(vm.codeProperty().get(), m));
            }
        };
        vm.codeProperty().addListener((o, a, b) -> showCode.run());

        VBox content = new VBox(10, intro, state, codeArea, new Separator(), form, firewall, buttons, message);
        content.setPadding(new Insets(8));
        content.setPrefWidth(600);
        Dialog<Void> d = new Dialog<>();
        Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("hosting.title"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getStylesheets().add(HostingDialog.class.getResource("/id/humasdesk/gui/app.css")
                .toExternalForm());
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.setOnHidden(e -> {
            vm.codeShown();
            vm.close(); // nothing more is delivered to a closed window
        });
        vm.restartNeededProperty().addListener((o, a, now) -> {
            if (now) {
                vm.restartNeededProperty().set(false);
                javafx.application.Platform.runLater(() -> {
                    if (dialogs.confirm(m.get("hosting.title"), m.get("hosting.restart"))) {
                        d.close();
                        quit.run();
                    }
                });
            }
        });
        for (javafx.beans.Observable x : java.util.List.of(vm.messageProperty(), vm.stateProperty(), vm.codeProperty())) {
            x.addListener(o -> javafx.application.Platform.runLater(() -> {
                if (d.isShowing()) {
                    d.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }));
        }
        vm.load();
        d.show();
        address.requestFocus();
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
