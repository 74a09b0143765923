package id.humasdesk.gui.hosting;

import id.humasdesk.logic.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

    /** "HD-AAAAA-…-FFFFF-" and the rest on a second line; the dashes stay, so the lines read back as the code. */
    static String twoLines(String code) {
        String[] groups = code.split("-");
        int half = (groups.length + 1) / 2;
        return String.join("-", java.util.Arrays.copyOfRange(groups, 0, half)) + "-\n"
                + String.join("-", java.util.Arrays.copyOfRange(groups, half, groups.length));
    }

    static VBox of(String code, Messages m) {
        // Two lines, broken after a group, so the whole code shows in a dialog of normal width.
        Label text = new Label(twoLines(code));
        text.setId("hosting-join-code");
        text.getStyleClass().add("join-code");
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.setAccessibleText(code);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
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
        HBox row = new HBox(12, text, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        Label how = new Label(m.get("hosting.code.text"));
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, how, row, copied);
        box.getStyleClass().add("join-code-box");
        return box;
    }
}
