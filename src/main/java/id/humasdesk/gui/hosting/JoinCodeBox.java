package id.humasdesk.gui.hosting;

import id.humasdesk.logic.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The office join code, shown once: selectable text, a copy button, and what to do with it. */
final class JoinCodeBox {
    private JoinCodeBox() {
    }

    static VBox of(String code, Messages m) {
        TextField text = new TextField(code);
        text.setId("hosting-join-code");
        text.setEditable(false);
        text.getStyleClass().add("join-code");
        text.setPrefColumnCount(code.length());
        HBox.setHgrow(text, Priority.ALWAYS);
        Label copied = new Label();
        copied.setId("hosting-join-code-copied");
        copied.getStyleClass().add("ok-text");
        Button copy = new Button(m.get("hosting.code.copy"));
        copy.setId("hosting-join-code-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(code);
            Clipboard.getSystemClipboard().setContent(c);
            copied.setText(m.get("hosting.code.copied"));
        });
        HBox row = new HBox(8, text, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        Label how = new Label(m.get("hosting.code.text"));
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, how, row, copied);
        box.getStyleClass().add("join-code-box");
        return box;
    }
}
