package id.humasdesk.gui.schedule;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Channel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Admin: channel limits, photo requirement, active channels; office hours for warnings. */
public final class ChannelsDialog {
    private final ChannelsViewModel vm;
    private final Messages m;

    public ChannelsDialog(ChannelsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public void show(Window owner) {
        TableView<Channel> table = new TableView<>(vm.channels());
        table.setId("channels-table");
        table.setPrefSize(620, 300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Channel, String> name = new TableColumn<>(m.get("channels.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<Channel, Integer> limit = new TableColumn<>(m.get("channels.limit"));
        limit.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().charLimit()));
        TableColumn<Channel, String> photo = new TableColumn<>(m.get("channels.photo"));
        photo.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().photoRequired() ? m.get("button.yes")
                : m.get("button.no")));
        TableColumn<Channel, String> active = new TableColumn<>(m.get("channels.active"));
        active.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().active() ? m.get("users.active")
                : m.get("users.inactive")));
        table.getColumns().setAll(java.util.List.of(name, limit, photo, active));
        TextField editName = new TextField();
        TextField editLimit = new TextField();
        editLimit.setPrefColumnCount(6);
        CheckBox editPhoto = new CheckBox(m.get("channels.photo"));
        CheckBox editActive = new CheckBox(m.get("channels.active"));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, ch) -> {
            if (ch != null) {
                editName.setText(ch.name());
                editLimit.setText(Integer.toString(ch.charLimit()));
                editPhoto.setSelected(ch.photoRequired());
                editActive.setSelected(ch.active());
            }
        });
        Button apply = new Button(m.get("channels.apply"));
        apply.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        apply.setOnAction(e -> vm.apply(table.getSelectionModel().getSelectedItem(), editName.getText(),
                editLimit.getText(), editPhoto.isSelected(), editActive.isSelected()));
        HBox edit = new HBox(8, editName, new Label(m.get("channels.limit")), editLimit, editPhoto, editActive, apply);
        edit.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TextField start = new TextField();
        TextField end = new TextField();
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        CheckBox weekendsToo = new CheckBox(m.get("channels.weekends"));
        Button saveHours = new Button(m.get("channels.saveHours"));
        start.textProperty().bindBidirectional(vm.hoursStartProperty());
        end.textProperty().bindBidirectional(vm.hoursEndProperty());
        weekendsToo.selectedProperty().bindBidirectional(vm.weekendsTooProperty());
        saveHours.setOnAction(e -> vm.saveHours());
        HBox hours = new HBox(8, new Label(m.get("channels.hours")), start, new Label("–"), end, weekendsToo, saveHours);
        hours.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(10, table, edit, new Label(m.get("channels.hoursHint")), hours);
        box.setPadding(new Insets(8));
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("channels.title"));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.show();
    }
}
