package id.humasdesk.gui.common;

import id.humasdesk.logic.common.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Small questions with buttons in the user's language (JavaFX's own dialogs have no Indonesian
 * texts: their "Cancel" would show in English).
 */
public final class Prompts {
    private Prompts() {
    }

    /** Asks for a reason; OK stays disabled while the text is blank. */
    public static Optional<String> reason(Window owner, Messages m, String title, String label) {
        TextArea text = new TextArea();
        text.setId("reason-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        Dialog<String> d = dialog(owner, m, title, new VBox(6, Controls.labelFor(label, text), text));
        Node ok = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        ok.disableProperty().bind(text.textProperty().isEmpty());
        d.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? text.getText().strip() : null);
        javafx.application.Platform.runLater(text::requestFocus);
        return d.showAndWait().filter(s -> !s.isBlank());
    }

    /** Asks for one line of text (an address, a name); OK stays disabled while it is blank. */
    public static Optional<String> text(Window owner, Messages m, String title, String label, String initial) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(initial);
        field.setId("prompt-text");
        Dialog<String> d = dialog(owner, m, title, new VBox(6, Controls.labelFor(label, field), field));
        Node ok = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        ok.disableProperty().bind(field.textProperty().isEmpty());
        d.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? field.getText().strip() : null);
        javafx.application.Platform.runLater(() -> {
            field.requestFocus();
            field.end();
        });
        return d.showAndWait().filter(s -> !s.isBlank());
    }

    /** Picks one of a few choices. */
    public static <T> Optional<T> choose(Window owner, Messages m, String title, String label, List<T> choices,
            T preselected, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(choices));
        box.setConverter(Controls.converter(t -> t == null ? "" : name.apply(t)));
        box.setId("choice-box");
        box.setValue(preselected);
        box.setMaxWidth(Double.MAX_VALUE);
        Dialog<T> d = dialog(owner, m, title, new VBox(6, Controls.labelFor(label, box), box));
        d.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? box.getValue() : null);
        javafx.application.Platform.runLater(box::requestFocus);
        return d.showAndWait();
    }

    private static <R> Dialog<R> dialog(Window owner, Messages m, String title, VBox content) {
        Dialog<R> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        content.setPadding(new Insets(6, 0, 0, 0));
        content.setPrefWidth(420);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ok, cancel);
        return d;
    }
}
