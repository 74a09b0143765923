package id.humasdesk.gui.schedule;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.Prompts;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.schedule.DuePlan;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Time to post": each due plan with its text, and buttons to mark it posted or skipped. */
public final class DueDialog {
    private final DueViewModel vm;
    private final Messages m;
    private final Formats formats;

    public DueDialog(DueViewModel vm, Messages m, Formats formats) {
        this.vm = vm;
        this.m = m;
        this.formats = formats;
    }

    public void show(Window owner) {
        ListView<DuePlan> list = new ListView<>(vm.items());
        list.setId("due-list");
        list.setPlaceholder(new Label(m.get("due.empty")));
        list.setPrefSize(680, 380);
        list.setCellFactory(v -> new DueCell());
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("due.title"));
        VBox content = new VBox(8, new Label(m.get("due.intro")), list);
        content.setPadding(new Insets(8));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        vm.refresh();
        d.show();
    }

    /**
     * One plan with its two buttons. The controls are made once per cell and only refilled: a
     * cell rebuilt on every layout pass would swap the button under a pointer on its way to it.
     */
    private final class DueCell extends ListCell<DuePlan> {
        private final Label where = new Label();
        private final Label what = new Label();
        private final Label caption = new Label();
        private final VBox box;

        DueCell() {
            where.getStyleClass().add("section-label");
            what.setWrapText(true);
            caption.setWrapText(true);
            caption.getStyleClass().add("hint");
            Button posted = new Button(m.get("due.posted"));
            posted.setId("due-posted");
            posted.getStyleClass().add("accent");
            posted.setOnAction(e -> {
                DuePlan d = getItem();
                Prompts.text(owner(), m, m.get("due.posted"), m.get("due.url"), "https://")
                        .ifPresent(url -> vm.posted(d, url));
            });
            Button skipped = new Button(m.get("due.skipped"));
            skipped.setOnAction(e -> {
                DuePlan d = getItem();
                Prompts.reason(owner(), m, m.get("due.skipped"), m.get("review.reason"))
                        .ifPresent(why -> vm.skipped(d, why));
            });
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox buttons = new HBox(8, spacer, skipped, posted);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            box = new VBox(4, where, what, caption, buttons);
            box.setMaxWidth(620);
        }

        @Override
        protected void updateItem(DuePlan d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            where.setText(d.channel().name() + " · " + formats.dateTime(d.plan().at()));
            what.setText(d.releaseNumber() + " — " + d.headline());
            caption.setText(d.plan().caption().isBlank() ? "" : "“" + d.plan().caption() + "”");
            setGraphic(box);
        }

        private Window owner() {
            return getScene().getWindow();
        }
    }
}
