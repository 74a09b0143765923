package id.humasdesk.gui.review;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.AuditEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** One audit event: when, who, what, from and to, why. */
public final class AuditCell extends ListCell<AuditEvent> {
    private final Messages m;
    private final Formats formats;
    private final boolean withNumber;

    public AuditCell(Messages m, Formats formats, boolean withNumber) {
        this.m = m;
        this.formats = formats;
        this.withNumber = withNumber;
    }

    @Override
    protected void updateItem(AuditEvent e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String states = e.from() == null || e.from() == e.to() ? m.label(e.to())
                : m.label(e.from()) + " → " + m.label(e.to());
        Label head = new Label(formats.dateTime(e.at()) + " · " + e.actorName()
                + (withNumber ? " · " + e.releaseNumber() : ""));
        head.getStyleClass().add("hint");
        Label what = new Label(m.label(e.action()) + " (" + states + ") · " + m.get("history.revisionShort",
                e.revision()));
        VBox v = new VBox(2, head, what);
        if (!e.reason().isEmpty()) {
            Label why = new Label("“" + e.reason() + "”");
            why.setWrapText(true);
            why.setMaxWidth(280);
            v.getChildren().add(why);
        }
        setGraphic(v);
        setText(null);
    }
}
