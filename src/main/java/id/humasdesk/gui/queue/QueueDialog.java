package id.humasdesk.gui.queue;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ReleaseSummary;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The queue as a list; Enter or double-click opens a release. */
public final class QueueDialog {
    private final Window owner;
    private final QueueViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final Consumer<ReleaseSummary> open;

    public QueueDialog(Window owner, QueueViewModel vm, Messages m, Formats formats, Consumer<ReleaseSummary> open) {
        this.owner = owner;
        this.vm = vm;
        this.m = m;
        this.formats = formats;
        this.open = open;
    }

    public void show() {
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        ListView<ReleaseSummary> list = new ListView<>(vm.items());
        list.setId("queue-list");
        list.setPlaceholder(new Label(m.get("queue.empty")));
        list.setPrefSize(620, 380);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReleaseSummary r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label head = new Label(r.headline());
                head.getStyleClass().add("section-label");
                Label meta = new Label(r.number() + " · " + m.label(r.status()) + " · " + r.authorName() + " · "
                        + formats.dateTime(r.updatedAt()));
                meta.getStyleClass().add("hint");
                setGraphic(new VBox(2, head, meta));
            }
        });
        Runnable openSelected = () -> {
            ReleaseSummary r = list.getSelectionModel().getSelectedItem();
            if (r != null) {
                d.close();
                open.accept(r);
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        VBox box = new VBox(8, id.humasdesk.gui.common.Controls.labelFor(m.get("queue.intro"), list), list);
        box.setPadding(new Insets(8));
        d.initOwner(owner);
        d.setTitle(m.get("queue.title"));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        list.getSelectionModel().selectFirst();
        d.show();
        list.requestFocus();
    }
}
