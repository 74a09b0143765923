package id.humasdesk.gui.hq;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.logic.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Building blocks shared by the pages of the bundle inbox: tables, columns, bars and choices. */
final class HqTables {
    private HqTables() {
    }

    /** "Loading…" while the list is being read, then what an empty list means. */
    static Label placeholder(Messages m, javafx.beans.value.ObservableBooleanValue busy, String emptyKey) {
        Label l = new Label();
        l.textProperty().bind(javafx.beans.binding.Bindings.when(busy).then(m.get("bundle.hq.loading"))
                .otherwise(m.get(emptyKey)));
        return l;
    }

    static BorderPane page(Region center, HBox bottom) {
        BorderPane p = new BorderPane(center);
        p.setBottom(bottom);
        return p;
    }

    static HBox bar(javafx.scene.Node... nodes) {
        List<javafx.scene.Node> all = new ArrayList<>(List.of(nodes));
        all.stream().filter(n -> n instanceof Button).forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        all.add(Math.min(1, all.size()), spacer);
        HBox bar = new HBox(12);
        bar.getChildren().setAll(all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    static <T> void onOpen(TableView<T> table, Consumer<T> open) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            }
        });
    }

    static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static <S> TableColumn<S, String> number(TableColumn<S, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** A text cell with one style class chosen from its value (or none). */
    static <S> TableCell<S, String> styled(Function<String, String> style) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("hq-"));
                setText(empty ? null : s);
                String cls = empty ? null : style.apply(s);
                if (cls != null) {
                    getStyleClass().add(cls);
                }
            }
        };
    }

    static <T> ComboBox<T> choice(javafx.collections.ObservableList<T> items, Function<T, String> label,
            double width) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setConverter(Controls.converter(label::apply));
        box.setPromptText(label.apply(null));
        box.setPrefWidth(width);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(label.apply(item));
            }
        });
        return box;
    }
}
