package id.humasdesk.gui.audit;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.review.AuditCell;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.AuditEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/** Admin → Audit log: every recorded action in the office. */
public final class AuditLogDialog {
    private final Window owner;
    private final AuditLogViewModel vm;
    private final Messages m;
    private final Formats formats;

    public AuditLogDialog(Window owner, AuditLogViewModel vm, Messages m, Formats formats) {
        this.owner = owner;
        this.m = m;
        this.formats = formats;
        this.vm = vm;
    }

    public void show() {
        ListView<AuditEvent> list = new ListView<>(vm.events());
        list.setId("audit-list");
        list.setPlaceholder(new Label(m.get("audit.empty")));
        list.setCellFactory(v -> new AuditCell(m, formats, true));
        list.setPrefSize(640, 460);
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("audit.title", AuditLogViewModel.LIMIT));
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.show();
    }
}
