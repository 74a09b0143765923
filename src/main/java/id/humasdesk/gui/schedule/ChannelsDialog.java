package id.humasdesk.gui.schedule;

import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.services.Services;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.model.Channel;
import id.humasdesk.model.OfficeHours;
import id.humasdesk.model.User;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH.mm");
    private final Services services;
    private final ScreenTasks tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final User admin;
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();

    public ChannelsDialog(Services services, TaskExecutor executor, DialogService dialogs, Messages m, User admin) {
        this.services = services;
        this.tasks = new ScreenTasks(executor, dialogs::error);
        this.dialogs = dialogs;
        this.m = m;
        this.admin = admin;
    }

    public void show(Window owner) {
        TableView<Channel> table = new TableView<>(channels);
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
        apply.setOnAction(e -> {
            Channel ch = table.getSelectionModel().getSelectedItem();
            int lim;
            try {
                lim = Integer.parseInt(editLimit.getText().strip());
            } catch (NumberFormatException ex) {
                lim = -1;
            }
            int finalLimit = lim;
            Channel changed = new Channel(ch.id(), ch.code(), editName.getText(), finalLimit, editPhoto.isSelected(),
                    editActive.isSelected(), ch.sortOrder());
            tasks.task(() -> services.schedule().saveChannel(admin, changed)).onSuccess(x -> load()).start();
        });
        HBox edit = new HBox(8, editName, new Label(m.get("channels.limit")), editLimit, editPhoto, editActive, apply);
        edit.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TextField start = new TextField();
        TextField end = new TextField();
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        CheckBox weekendsToo = new CheckBox(m.get("channels.weekends"));
        Button saveHours = new Button(m.get("channels.saveHours"));
        saveHours.setOnAction(e -> {
            try {
                Set<DayOfWeek> days = weekendsToo.isSelected() ? EnumSet.allOf(DayOfWeek.class)
                        : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
                OfficeHours h = new OfficeHours(LocalTime.parse(start.getText().strip(), HM),
                        LocalTime.parse(end.getText().strip(), HM), days);
                tasks.task(() -> services.schedule().saveOfficeHours(admin, h)).start();
            } catch (java.time.format.DateTimeParseException ex) {
                dialogs.error(new id.humasdesk.model.UserFacingException(ex, "error.officeHours.invalid"));
            } catch (RuntimeException ex) {
                dialogs.error(ex);
            }
        });
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
        d.setOnHidden(e -> tasks.close()); // nothing more is delivered to a closed window
        load();
        tasks.task(() -> services.schedule().officeHours()).onSuccess(h -> {
            start.setText(HM.format(h.start()));
            end.setText(HM.format(h.end()));
            weekendsToo.setSelected(h.workdays().contains(DayOfWeek.SATURDAY));
        }).start();
        d.show();
    }

    private void load() {
        tasks.task(() -> services.schedule().channels()).onSuccess(channels::setAll).start();
    }
}
