package id.humasdesk.gui.users;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Users of the office: add, change roles, deactivate, reset passwords. */
public final class UsersDialog {
    private final Stage owner;
    private final UsersViewModel vm;
    private final DialogService dialogs;
    private final Messages m;

    public UsersDialog(Stage owner, UsersViewModel vm, DialogService dialogs, Messages m) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.m = m;
        this.vm = vm;
    }

    public void show() {
        TableView<User> table = new TableView<>(vm.users());
        table.setId("users-table");
        table.setAccessibleText(m.get("users.title"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                col(m.get("users.col.username"), User::username),
                col(m.get("users.col.fullName"), User::fullName),
                col(m.get("users.col.roles"), u -> u.roles().stream().sorted().map(m::label)
                        .collect(Collectors.joining(", "))),
                col(m.get("users.col.active"), u -> u.active() ? m.get("users.active") : m.get("users.inactive"))));
        table.setPrefSize(720, 360);
        Button add = new Button(m.get("users.add"));
        add.setId("users-add");
        add.setOnAction(e -> addUser());
        Button roles = new Button(m.get("users.roles"));
        Button toggle = new Button(m.get("users.toggleActive"));
        Button reset = new Button(m.get("users.resetPassword"));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        roles.disableProperty().bind(none);
        toggle.disableProperty().bind(none);
        reset.disableProperty().bind(none);
        roles.setOnAction(e -> editRoles(table.getSelectionModel().getSelectedItem()));
        toggle.setOnAction(e -> {
            User u = table.getSelectionModel().getSelectedItem();
            vm.setActive(u, !u.active());
        });
        reset.setOnAction(e -> resetPassword(table.getSelectionModel().getSelectedItem()));
        VBox content = new VBox(10, new HBox(8, add, roles, toggle, reset), table);
        content.setPadding(new Insets(8));
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("users.title"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.showAndWait();
    }

    private static TableColumn<User, String> col(String title, java.util.function.Function<User, String> f) {
        TableColumn<User, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    private VBox roleBoxes(Set<Role> selected, java.util.Map<Role, CheckBox> boxes) {
        VBox v = new VBox(6);
        for (Role r : Role.values()) {
            CheckBox cb = new CheckBox(m.label(r));
            cb.setSelected(selected.contains(r));
            boxes.put(r, cb);
            v.getChildren().add(cb);
        }
        return v;
    }

    private static Set<Role> chosen(java.util.Map<Role, CheckBox> boxes) {
        Set<Role> s = EnumSet.noneOf(Role.class);
        boxes.forEach((r, cb) -> {
            if (cb.isSelected()) {
                s.add(r);
            }
        });
        return s;
    }

    private void addUser() {
        TextField username = new TextField();
        username.setId("user-username");
        TextField fullName = new TextField();
        fullName.setId("user-fullname");
        PasswordField password = new PasswordField();
        password.setId("user-password");
        java.util.Map<Role, CheckBox> boxes = new java.util.EnumMap<>(Role.class);
        GridPane g = Controls.form();
        Controls.row(g, m.get("users.col.username"), username);
        Controls.row(g, m.get("users.col.fullName"), fullName);
        Controls.row(g, m.get("setup.password"), password);
        Controls.row(g, m.get("users.col.roles"), roleBoxes(EnumSet.of(Role.WRITER), boxes));
        Optional<ButtonType> r = form(m.get("users.add"), g);
        if (r.isPresent() && r.get().getButtonData().isDefaultButton()) {
            vm.add(username.getText(), fullName.getText(), chosen(boxes), password.getText().toCharArray(), () -> { });
        }
    }

    private void editRoles(User u) {
        java.util.Map<Role, CheckBox> boxes = new java.util.EnumMap<>(Role.class);
        Optional<ButtonType> r = form(m.get("users.roles") + " — " + u.fullName(), roleBoxes(u.roles(), boxes));
        if (r.isPresent() && r.get().getButtonData().isDefaultButton()) {
            vm.setRoles(u, chosen(boxes));
        }
    }

    private void resetPassword(User u) {
        PasswordField password = new PasswordField();
        GridPane g = Controls.form();
        Controls.row(g, m.get("users.newPassword"), password);
        Optional<ButtonType> r = form(m.get("users.resetPassword") + " — " + u.fullName(), g);
        if (r.isPresent() && r.get().getButtonData().isDefaultButton()) {
            vm.resetPassword(u, password.getText().toCharArray(), () -> dialogs.info(m.get("users.resetPassword"),
                    m.get("users.passwordReset", u.fullName())));
        }
    }

    private Optional<ButtonType> form(String title, javafx.scene.Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(
                new ButtonType(m.get("button.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new ButtonType(m.get("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        return d.showAndWait();
    }
}
