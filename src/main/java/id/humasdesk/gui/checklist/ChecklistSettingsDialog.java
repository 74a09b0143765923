package id.humasdesk.gui.checklist;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.logic.check.ChecklistRule;
import id.humasdesk.logic.check.RuleLevel;
import id.humasdesk.logic.common.Messages;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Admin → Daftar Periksa: the level of every checklist rule and the headline limit. */
public final class ChecklistSettingsDialog {
    private final Window owner;
    private final Messages m;
    private final ChecklistSettingsViewModel vm;

    public ChecklistSettingsDialog(Window owner, ChecklistSettingsViewModel vm, Messages m) {
        this.owner = owner;
        this.m = m;
        this.vm = vm;
    }

    public void show() {
        Label intro = new Label(m.get("check.settings.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        GridPane grid = Controls.form();
        for (ChecklistRule r : ChecklistRule.values()) {
            ComboBox<RuleLevel> level = Controls.enumCombo(RuleLevel.values(), m);
            level.setId("checklist-level-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            level.valueProperty().bindBidirectional(vm.levelProperty(r));
            level.setPrefWidth(170);
            Controls.row(grid, m.label(r), level);
        }
        TextField max = new TextField();
        max.setId("checklist-headline-max");
        max.setPrefColumnCount(5);
        max.setMaxWidth(90);
        max.textProperty().bindBidirectional(vm.headlineMaxProperty());
        Controls.row(grid, m.get("check.settings.headlineMax"), max);
        Label error = new Label();
        error.setId("checklist-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button defaults = new Button(m.get("check.settings.defaults"));
        defaults.setOnAction(e -> vm.resetToDefaults());
        VBox content = new VBox(12, intro, grid, error, defaults);
        content.setPrefWidth(560);
        content.disableProperty().bind(vm.loadedProperty().not());

        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("check.settings.title"));
        d.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(m.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(save, cancel);
        Node saveButton = d.getDialogPane().lookupButton(save);
        saveButton.setId("checklist-save");
        saveButton.disableProperty().bind(vm.loadedProperty().not().or(vm.busyProperty()));
        // The dialog stays open until the settings are stored, so a wrong limit can be corrected.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(d::close);
        });
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.showAndWait();
    }
}
