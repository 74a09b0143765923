package id.humasdesk.gui.setup;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first-run wizard: the database of this PC (when offered), the office, then the administrator. */
public final class SetupView {
    private final ScrollPane root;

    public SetupView(SetupViewModel vm, Messages m) {
        Label title = new Label(m.get("setup.title"));
        title.getStyleClass().add("brand");
        Label stepLabel = new Label();
        stepLabel.getStyleClass().add("subtitle");
        int first = vm.offersDatabaseChoice() ? SetupViewModel.DATABASE_STEP : SetupViewModel.OFFICE_STEP;
        int total = SetupViewModel.ADMIN_STEP - first + 1;
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            int step = vm.stepProperty().get();
            String key = step == SetupViewModel.DATABASE_STEP ? "setup.step.database"
                    : step == SetupViewModel.OFFICE_STEP ? "setup.step.office" : "setup.step.admin";
            return m.get(key, step - first + 1, total);
        }, vm.stepProperty()));
        Label intro = new Label();
        intro.setWrapText(true);
        intro.setMinHeight(Label.USE_PREF_SIZE);
        intro.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stepProperty().get()) {
            case SetupViewModel.DATABASE_STEP -> m.get("setup.intro.database");
            case SetupViewModel.OFFICE_STEP -> m.get("setup.intro.office");
            default -> m.get("setup.intro.admin");
        }, vm.stepProperty()));

        VBox database = new DatabaseStep(vm, m).root();
        database.visibleProperty().bind(vm.stepProperty().isEqualTo(SetupViewModel.DATABASE_STEP));
        database.managedProperty().bind(database.visibleProperty());

        GridPane office = Controls.form();
        TextField name = field("setup-office-name", m.get("setup.officeName.prompt"));
        name.textProperty().bindBidirectional(vm.officeNameProperty());
        ComboBox<OfficeLevel> level = Controls.enumCombo(OfficeLevel.values(), m);
        level.setId("setup-level");
        level.valueProperty().bindBidirectional(vm.levelProperty());
        ComboBox<Province> province = Controls.combo(Province.values(), Province::displayName);
        province.setId("setup-province");
        province.setPromptText(m.get("setup.province.prompt"));
        province.valueProperty().bindBidirectional(vm.provinceProperty());
        TextField code = field("setup-office-code", "KAUR");
        code.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c -> {
            c.setText(c.getText().toUpperCase(java.util.Locale.ROOT));
            return c;
        }));
        code.textProperty().bindBidirectional(vm.officeCodeProperty());
        ComboBox<IndonesianZone> zone = Controls.combo(IndonesianZone.values(), z -> m.label(z));
        zone.setId("setup-zone");
        zone.valueProperty().bindBidirectional(vm.zoneProperty());
        Controls.row(office, m.get("setup.officeName"), name);
        Controls.row(office, m.get("setup.level"), level);
        Controls.row(office, m.get("setup.province"), province);
        Controls.row(office, m.get("setup.officeCode"), code);
        Controls.row(office, m.get("setup.zone"), zone);

        GridPane admin = Controls.form();
        TextField user = field("setup-admin-username", "admin");
        user.textProperty().bindBidirectional(vm.adminUsernameProperty());
        TextField full = field("setup-admin-fullname", m.get("setup.adminFullName.prompt"));
        full.textProperty().bindBidirectional(vm.adminFullNameProperty());
        PasswordField pwd = new PasswordField();
        pwd.setId("setup-password");
        pwd.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField pwd2 = new PasswordField();
        pwd2.setId("setup-password-repeat");
        pwd2.textProperty().bindBidirectional(vm.passwordRepeatProperty());
        Controls.row(admin, m.get("setup.adminUsername"), user);
        Controls.row(admin, m.get("setup.adminFullName"), full);
        Controls.row(admin, m.get("setup.password"), pwd);
        Controls.row(admin, m.get("setup.passwordRepeat"), pwd2);
        Label hint = new Label(m.get("setup.passwordHint"));
        hint.getStyleClass().add("hint");
        admin.add(hint, 1, admin.getRowCount());

        office.visibleProperty().bind(vm.stepProperty().isEqualTo(SetupViewModel.OFFICE_STEP));
        office.managedProperty().bind(office.visibleProperty());
        admin.visibleProperty().bind(vm.stepProperty().isEqualTo(SetupViewModel.ADMIN_STEP));
        admin.managedProperty().bind(admin.visibleProperty());

        Label error = new Label();
        error.setId("setup-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMinHeight(Label.USE_PREF_SIZE);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        Button back = new Button(m.get("button.back"));
        back.setId("setup-back");
        back.visibleProperty().bind(admin.visibleProperty());
        back.setOnAction(e -> vm.back());
        Button next = new Button(m.get("button.next"));
        next.setId("setup-next");
        next.setDefaultButton(true);
        next.visibleProperty().bind(admin.visibleProperty().not());
        next.managedProperty().bind(next.visibleProperty());
        next.disableProperty().bind(database.visibleProperty().and(vm.busyProperty()));
        next.setOnAction(e -> {
            vm.next();
            if (vm.stepProperty().get() == SetupViewModel.ADMIN_STEP) {
                user.requestFocus();
            }
        });
        vm.stepProperty().addListener((o, a, b) -> {
            if (b.intValue() == SetupViewModel.OFFICE_STEP && a.intValue() == SetupViewModel.DATABASE_STEP) {
                name.requestFocus();
            }
        });
        Button finish = new Button(m.get("setup.finish"));
        finish.setId("setup-finish");
        finish.visibleProperty().bind(admin.visibleProperty());
        finish.managedProperty().bind(finish.visibleProperty());
        finish.defaultButtonProperty().bind(admin.visibleProperty());
        finish.disableProperty().bind(vm.busyProperty().or(vm.readyProperty().not()));
        finish.setOnAction(e -> vm.finish());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, spacer, next, finish);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, title, stepLabel, intro, database, office, admin, error, buttons);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(28));
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane center = new StackPane(card);
        center.setPadding(new Insets(24));
        center.getStyleClass().add("backdrop");
        root = new ScrollPane(center);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        id.humasdesk.gui.common.Focus.request(vm.stepProperty().get() == SetupViewModel.DATABASE_STEP ? next : name);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    public Parent root() {
        return root;
    }
}
