package id.humasdesk.gui.editor;

import id.humasdesk.gui.review.DiffDialog;
import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.common.Messages;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Someone else saved first: reload theirs, compare, or keep mine as a new revision. */
final class ConflictDialog {
    private final EditorViewModel vm;
    private final Messages m;

    ConflictDialog(EditorViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    void show(Window owner, ConflictException c) {
        ButtonType reload = new ButtonType(m.get("conflict.reload"), ButtonBar.ButtonData.LEFT);
        ButtonType compare = new ButtonType(m.get("conflict.compare"), ButtonBar.ButtonData.HELP);
        ButtonType keep = new ButtonType(m.get("conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String who = c.changedBy() == null ? m.get("conflict.someone")
                : vm.review().nameOf(c.changedBy());
        Alert a = new Alert(Alert.AlertType.WARNING, m.get("conflict.text", who, c.changedAt() == null ? ""
                : vm.formatTime(c.changedAt())), reload, compare, keep, cancel);
        a.initOwner(owner);
        a.setTitle(m.get("conflict.title"));
        a.setHeaderText(null);
        a.getDialogPane().setMinWidth(520);
        Optional<ButtonType> choice = a.showAndWait();
        if (choice.isEmpty() || choice.get() == cancel) {
            vm.conflictProperty().set(null);
        } else if (choice.get() == reload) {
            vm.reloadDiscardingMine();
        } else if (choice.get() == keep) {
            vm.keepMine();
        } else {
            vm.conflictProperty().set(null);
            vm.compareWithStored(diffs -> new DiffDialog(m).show(owner, m.get("conflict.compareTitle"), diffs));
        }
    }
}
