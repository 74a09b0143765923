package id.humasdesk.gui.login;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.Focus;
import id.humasdesk.logic.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A centred card with user name and password. Kept light: it is the first thing on screen. */
public final class LoginView {
    private final StackPane root = new StackPane();

    public LoginView(LoginViewModel vm, Messages m) {
        Label brand = new Label("HumasDesk");
        brand.getStyleClass().add("brand");
        Label office = new Label();
        office.getStyleClass().add("subtitle");
        office.setId("login-office");
        office.textProperty().bind(vm.officeNameProperty());
        TextField user = new TextField();
        user.setId("login-username");
        user.textProperty().bindBidirectional(vm.usernameProperty());
        PasswordField pwd = new PasswordField();
        pwd.setId("login-password");
        pwd.textProperty().bindBidirectional(vm.passwordProperty());
        Button submit = new Button(m.get("login.submit"));
        submit.setId("login-submit");
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(vm.canSubmitProperty().not());
        submit.setOnAction(e -> vm.submit());
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label waiting = new Label(m.get("login.openingDatabase"));
        HBox wait = new HBox(8, spinner, waiting);
        wait.setAlignment(Pos.CENTER_LEFT);
        wait.visibleProperty().bind(vm.accountsProperty().isNull().or(vm.busyProperty()));
        wait.managedProperty().bind(wait.visibleProperty());
        VBox card = new VBox(12, brand, office, Controls.labelFor(m.get("login.username"), user), user,
                Controls.labelFor(m.get("login.password"), pwd), pwd, error, submit, wait);
        card.getStyleClass().add("card");
        card.setMaxSize(380, VBox.USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        root.getChildren().add(card);
        root.getStyleClass().add("backdrop");
        Focus.request(vm.usernameProperty().get().isEmpty() ? user : pwd);
    }

    public Parent root() {
        return root;
    }
}
