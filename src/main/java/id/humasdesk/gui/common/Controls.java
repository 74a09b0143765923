package id.humasdesk.gui.common;

import id.humasdesk.logic.common.Messages;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** Small builders that keep the views short and alike. */
public final class Controls {
    private Controls() {
    }

    public static <T> ComboBox<T> combo(T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(converter(t -> t == null ? "" : label.apply(t)));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    public static <E extends Enum<E>> ComboBox<E> enumCombo(E[] values, Messages m) {
        return combo(values, m::label);
    }

    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A two-column form: labels on the left, growing fields on the right. */
    public static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** A menu text without its mnemonic marker, for a dialog title that repeats it ("_Simpan" -> "Simpan"). */
    public static String plain(String menuText) {
        return menuText.replace("_", "");
    }

    /** A label that names {@code field} for screen readers and moves the focus to it when clicked. */
    public static Label labelFor(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    /**
     * The control a label names inside {@code field}: the field itself when it takes input, else its first
     * input (a text area inside its scroll pane, the first field of a row). Null when there is none.
     */
    public static Node input(Node field) {
        if (field instanceof javafx.scene.control.TextInputControl || field instanceof javafx.scene.control.ComboBoxBase
                || field instanceof javafx.scene.control.ListView || field instanceof javafx.scene.control.TableView
                || field instanceof org.fxmisc.richtext.GenericStyledArea) {
            return field;
        }
        if (field instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            return input(s.getContent());
        }
        if (field instanceof org.fxmisc.flowless.VirtualizedScrollPane<?> v) {
            return input(v.getContent());
        }
        if (field instanceof javafx.scene.Parent p && !(field instanceof javafx.scene.control.Control)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = input(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Escape closes the dialog like its cancel or close button, also while a list or table has the focus
     * (their key handling takes Escape for themselves otherwise). A cell being edited keeps its Escape.
     */
    public static void closeOnEscape(javafx.scene.control.Dialog<?> d) {
        d.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.ESCAPE) {
                return;
            }
            for (Node n = d.getDialogPane().getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.Cell<?> c && c.isEditing()) {
                    return;
                }
            }
            for (javafx.scene.control.ButtonType t : d.getDialogPane().getButtonTypes()) {
                if (t.getButtonData().isCancelButton()
                        && d.getDialogPane().lookupButton(t) instanceof javafx.scene.control.Button b) {
                    e.consume();
                    b.fire();
                    return;
                }
            }
        });
    }

    public static void row(GridPane g, String label, Node field) {
        int r = g.getRowCount();
        Label l = new Label(label);
        Node input = input(field);
        l.setLabelFor(input == null ? field : input);
        l.getStyleClass().add("form-label");
        g.addRow(r, l, field);
    }
}
