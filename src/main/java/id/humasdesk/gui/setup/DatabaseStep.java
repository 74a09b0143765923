package id.humasdesk.gui.setup;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.setup.SetupViewModel.DatabaseKind;
import id.humasdesk.gui.setup.SetupViewModel.TestState;
import id.humasdesk.logic.common.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The wizard's first step: one radio button per {@link DatabaseKind}, each with a hint and, when
 * chosen, its own fields (the server's address, user and password with <i>Test connection</i>).
 * Field messages show under their field (decision 0006), once the user tried to go on.
 */
final class DatabaseStep {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final VBox root = new VBox(8);

    DatabaseStep(SetupViewModel vm, Messages m) {
        ToggleGroup group = new ToggleGroup();
        Map<DatabaseKind, Node> details = new EnumMap<>(DatabaseKind.class);
        details.put(DatabaseKind.OFFICE_SERVER, serverForm(vm, m));
        details.put(DatabaseKind.HOST_THIS_PC, hostForm(vm, m));
        details.put(DatabaseKind.JOIN_HOSTED, joinForm(vm, m));
        for (DatabaseKind kind : DatabaseKind.values()) {
            String[] texts = switch (kind) {
                case THIS_PC -> new String[] {m.get("setup.database.thisPc"), m.get("setup.database.thisPc.hint")};
                case OFFICE_SERVER -> new String[] {m.get("setup.database.server"), m.get("setup.database.server.hint")};
                case HOST_THIS_PC -> new String[] {m.get("setup.database.host"), m.get("setup.database.host.hint")};
                case JOIN_HOSTED -> new String[] {m.get("setup.database.join"), m.get("setup.database.join.hint")};
            };
            RadioButton choice = new RadioButton(texts[0]);
            choice.setId("setup-database-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            choice.setToggleGroup(group);
            choice.setUserData(kind);
            choice.getStyleClass().add("section-label");
            choice.disableProperty().bind(vm.busyProperty());
            Label hint = new Label(texts[1]);
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            hint.setMinHeight(Label.USE_PREF_SIZE); // wrapped text keeps its lines; the page scrolls instead
            hint.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
            root.getChildren().addAll(choice, hint);
            Node detail = details.get(kind);
            if (detail != null) {
                detail.visibleProperty().bind(vm.databaseKindProperty().isEqualTo(kind));
                detail.managedProperty().bind(detail.visibleProperty());
                root.getChildren().add(detail);
            }
            if (vm.databaseKindProperty().get() == kind) {
                group.selectToggle(choice);
            }
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.databaseKindProperty().set((DatabaseKind) b.getUserData());
            }
        });
    }

    private static Node serverForm(SetupViewModel vm, Messages m) {
        GridPane form = Controls.form();
        form.setPadding(new javafx.geometry.Insets(6, 0, 4, 24));
        TextField host = text("setup-db-host", m.get("setup.server.host.prompt"), vm.hostProperty());
        TextField port = text("setup-db-port", "5432", vm.portProperty());
        port.setPrefColumnCount(5);
        port.setMinWidth(70);
        port.setMaxWidth(80);
        Label portLabel = Controls.labelFor(m.get("setup.server.port"), port);
        portLabel.getStyleClass().add("form-label");
        HBox.setHgrow(host, Priority.ALWAYS);
        HBox hostRow = new HBox(8, host, portLabel, port);
        hostRow.setAlignment(Pos.CENTER_LEFT);
        TextField database = text("setup-db-name", "humasdesk", vm.databaseNameProperty());
        TextField user = text("setup-db-user", m.get("setup.server.user.prompt"), vm.databaseUserProperty());
        PasswordField password = new PasswordField();
        password.setId("setup-db-password");
        password.textProperty().bindBidirectional(vm.databasePasswordProperty());

        // While a test runs the fields wait; its progress message stays readable (not greyed out).
        for (javafx.scene.Node input : List.of(host, port, database, user, password)) {
            input.disableProperty().bind(vm.busyProperty());
        }
        Controls.row(form, m.get("setup.server.host"), withIssue(hostRow, vm.hostErrorProperty(), host,
                vm.portErrorProperty(), port));
        Controls.row(form, m.get("setup.server.database"), withIssue(database, vm.databaseNameErrorProperty(), database,
                null, null));
        Controls.row(form, m.get("setup.server.user"), withIssue(user, vm.databaseUserErrorProperty(), user, null, null));
        Label passwordHint = new Label(m.get("setup.server.passwordHint"));
        passwordHint.getStyleClass().add("hint");
        passwordHint.setWrapText(true);
        passwordHint.setMinHeight(Label.USE_PREF_SIZE);
        Controls.row(form, m.get("setup.server.password"), new VBox(4, password, passwordHint));
        // Labels stay level with their field when a message or hint opens below it.
        for (Node n : form.getChildren()) {
            if (n instanceof Label l && GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == 0) {
                GridPane.setValignment(l, javafx.geometry.VPos.TOP);
                l.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
            }
        }

        Button test = new Button(m.get("setup.server.test"));
        test.setId("setup-db-test");
        test.setOnAction(e -> vm.testConnection());
        test.disableProperty().bind(vm.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        spinner.visibleProperty().bind(vm.testStateProperty().isEqualTo(TestState.TESTING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label result = new Label();
        result.setId("setup-db-result");
        result.setWrapText(true);
        result.setMinHeight(Label.USE_PREF_SIZE);
        result.textProperty().bind(vm.testMessageProperty());
        vm.testStateProperty().addListener((o, a, state) -> {
            result.getStyleClass().removeAll("error-text", "ok-text", "hint");
            result.getStyleClass().add(switch (state) {
                case FAILED -> "error-text";
                case EMPTY, OFFICE -> "ok-text";
                default -> "hint";
            });
        });
        test.setMinWidth(Button.USE_PREF_SIZE);
        result.setMaxWidth(Double.MAX_VALUE);
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        HBox testRow = new HBox(10, test, spinner);
        testRow.setAlignment(Pos.CENTER_LEFT);
        form.add(testRow, 1, form.getRowCount());
        // The answer can be long (what to do about it): it gets the whole width of the form.
        form.add(result, 0, form.getRowCount(), 2, 1);
        return form;
    }

    /** This PC hosts: which of its LAN addresses the other PCs use, and the port. */
    private static Node hostForm(SetupViewModel vm, Messages m) {
        GridPane form = Controls.form();
        form.setPadding(new javafx.geometry.Insets(6, 0, 4, 24));
        javafx.scene.control.ComboBox<String> address = new javafx.scene.control.ComboBox<>(vm.hostAddresses());
        address.setId("setup-host-address");
        address.valueProperty().bindBidirectional(vm.hostAddressProperty());
        address.disableProperty().bind(vm.busyProperty());
        address.setMaxWidth(Double.MAX_VALUE);
        TextField port = text("setup-host-port", "9092", vm.hostPortProperty());
        port.setPrefColumnCount(5);
        port.setMaxWidth(90);
        port.disableProperty().bind(vm.busyProperty());
        Controls.row(form, m.get("hosting.address"), address);
        Controls.row(form, m.get("hosting.port"), port);
        return form;
    }

    /** The join code from the host PC's admin; the answer shows below it like a test result. */
    private static Node joinForm(SetupViewModel vm, Messages m) {
        GridPane form = Controls.form();
        form.setPadding(new javafx.geometry.Insets(6, 0, 4, 24));
        TextField code = text("setup-join-code", "HD-…", vm.joinCodeProperty());
        code.disableProperty().bind(vm.busyProperty());
        code.setStyle("-fx-font-family: monospace;");
        Controls.row(form, m.get("setup.join.code"), code);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        spinner.visibleProperty().bind(vm.testStateProperty().isEqualTo(TestState.TESTING)
                .and(vm.databaseKindProperty().isEqualTo(DatabaseKind.JOIN_HOSTED)));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label result = new Label();
        result.setId("setup-join-result");
        result.setWrapText(true);
        result.setMinHeight(Label.USE_PREF_SIZE);
        result.setMaxWidth(Double.MAX_VALUE);
        result.textProperty().bind(vm.testMessageProperty());
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        vm.testStateProperty().addListener((o, a, state) -> {
            result.getStyleClass().removeAll("error-text", "ok-text", "hint");
            result.getStyleClass().add(state == TestState.FAILED ? "error-text"
                    : state == TestState.OFFICE ? "ok-text" : "hint");
        });
        HBox answer = new HBox(8, spinner, result);
        answer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);
        form.add(answer, 0, form.getRowCount(), 2, 1);
        return form;
    }

    private static TextField text(String id, String prompt, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A field with its message below it (and a second field's, for host and port that share a row). */
    private static VBox withIssue(Node row, StringProperty message, TextInputControl field,
            StringProperty otherMessage, TextInputControl other) {
        Label l = new Label();
        l.getStyleClass().add("field-issue");
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.textProperty().bind(otherMessage == null ? message
                : javafx.beans.binding.Bindings.createStringBinding(() -> String.join(" ",
                        message.get(), otherMessage.get()).strip(), message, otherMessage));
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        message.addListener((o, a, b) -> field.pseudoClassStateChanged(INVALID, !b.isEmpty()));
        if (otherMessage != null) {
            otherMessage.addListener((o, a, b) -> other.pseudoClassStateChanged(INVALID, !b.isEmpty()));
        }
        return new VBox(4, row, l);
    }

    VBox root() {
        return root;
    }
}
