package id.humasdesk.gui.schedule;

import id.humasdesk.gui.Formats;
import id.humasdesk.gui.Prompts;
import id.humasdesk.logic.Messages;
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
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DuePlan d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                Label where = new Label(d.channel().name() + " · " + formats.dateTime(d.plan().at()));
                where.getStyleClass().add("section-label");
                Label what = new Label(d.releaseNumber() + " — " + d.headline());
                what.setWrapText(true);
                Label caption = new Label(d.plan().caption().isBlank() ? "" : "“" + d.plan().caption() + "”");
                caption.setWrapText(true);
                caption.getStyleClass().add("hint");
                Button posted = new Button(m.get("due.posted"));
                posted.setId("due-posted");
                posted.getStyleClass().add("accent");
                posted.setOnAction(e -> Prompts.text(owner(), m, m.get("due.posted"), m.get("due.url"), "https://")
                        .ifPresent(url -> vm.posted(d, url)));
                Button skipped = new Button(m.get("due.skipped"));
                skipped.setOnAction(e -> Prompts.reason(owner(), m, m.get("due.skipped"), m.get("review.reason"))
                        .ifPresent(why -> vm.skipped(d, why)));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox buttons = new HBox(8, spacer, skipped, posted);
                buttons.setAlignment(Pos.CENTER_RIGHT);
                VBox box = new VBox(4, where, what, caption, buttons);
                box.setMaxWidth(620);
                setGraphic(box);
            }

            private Window owner() {
                return getScene().getWindow();
            }
        });
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.Controls.closeOnEscape(d);
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
}
