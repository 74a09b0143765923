package id.humasdesk.gui;

import id.humasdesk.logic.Messages;
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

    public static void row(GridPane g, String label, Node field) {
        int r = g.getRowCount();
        Label l = new Label(label);
        l.setLabelFor(field);
        l.getStyleClass().add("form-label");
        g.addRow(r, l, field);
    }
}
