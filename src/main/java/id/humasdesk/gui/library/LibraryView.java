package id.humasdesk.gui.library;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.library.LibraryOrder;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The main list: filters on top, the table, a status line with counts and undo. */
public final class LibraryView {
    static final double ROW = 26;
    static final double RANKED_ROW = 62;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<ReleaseSummary> table = new TableView<>();
    private SortedList<ReleaseSummary> sorted;

    public LibraryView(LibraryViewModel vm, Messages m, Formats formats, User user, Consumer<ReleaseSummary> open) {
        search.setId("library-search");
        search.setPromptText(m.get("library.search.prompt"));
        search.textProperty().bindBidirectional(vm.textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> vm.applyText());
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        ComboBox<ReleaseStatus> status = anyCombo(ReleaseStatus.values(), m, "library.filter.anyStatus");
        status.setId("library-status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<ReleaseType> type = anyCombo(ReleaseType.values(), m, "library.filter.anyType");
        type.setId("library-type");
        type.valueProperty().bindBidirectional(vm.typeProperty());
        ComboBox<LibraryViewModel.AuthorChoice> author = new ComboBox<>(vm.authors());
        author.setId("library-author");
        author.setConverter(Controls.converter(a -> a == null ? "" : a.name()));
        author.setPromptText(m.get("library.filter.anyAuthor"));
        author.valueProperty().bindBidirectional(vm.authorProperty());
        author.setPrefWidth(170);
        ToggleButton trash = new ToggleButton(m.get("library.trash"));
        trash.setId("library-trash");
        trash.selectedProperty().bindBidirectional(vm.trashProperty());
        // the filters have no visible labels: their names for screen readers are the column titles
        search.setAccessibleText(Controls.plain(m.get("menu.edit.filter")));
        status.setAccessibleText(m.get("library.col.status"));
        type.setAccessibleText(m.get("library.col.type"));
        author.setAccessibleText(m.get("library.col.author"));
        table.setAccessibleText(m.get("library.title"));
        HBox filters = new HBox(8, search, status, type, author, trash);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(10, 12, 8, 12));
        filters.getStyleClass().add("toolbar-row");

        buildTable(vm, m, formats, open, user);
        table.setSortPolicy(t -> sort(t, vm));
        sortedRows(vm);
        vm.replacedProperty().addListener((o, a, b) -> sortedRows(vm));
        vm.missed().addListener((javafx.collections.SetChangeListener<java.util.UUID>) c -> table.refresh());
        vm.snippets().addListener((javafx.beans.InvalidationListener) o -> table.refresh());
        // Fixed row heights keep scrolling through 100,000 rows cheap; search results get room for a passage.
        table.setFixedCellSize(ROW);
        vm.rankedProperty().addListener((o, a, ranked) -> {
            table.setFixedCellSize(ranked ? RANKED_ROW : ROW);
            if (ranked) {
                table.getSortOrder().clear();
            }
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("library-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.setPrefWidth(160);
        Label summary = new Label();
        summary.setId("library-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label searchStatus = new Label();
        searchStatus.setId("library-search-status");
        searchStatus.getStyleClass().add("hint");
        searchStatus.textProperty().bind(vm.searchStatusProperty());
        Label undoText = new Label();
        Button undo = new Button(m.get("library.undo"));
        undo.setId("library-undo");
        undo.setOnAction(e -> vm.undoTrash(user));
        HBox undoBox = new HBox(8, undoText, undo);
        undoBox.setAlignment(Pos.CENTER_LEFT);
        undoBox.getStyleClass().add("notice");
        undoBox.visibleProperty().bind(vm.lastTrashedProperty().isNotNull());
        undoBox.managedProperty().bind(undoBox.visibleProperty());
        vm.lastTrashedProperty().addListener((o, a, r) -> {
            if (r != null) {
                undoText.setText(m.get("library.trashed", r.number()));
                PauseTransition hide = new PauseTransition(Duration.seconds(12));
                hide.setOnFinished(e -> {
                    if (vm.lastTrashedProperty().get() == r) {
                        vm.lastTrashedProperty().set(null);
                    }
                });
                hide.play();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(12, summary, searchStatus, spacer, undoBox, progress);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 12, 6, 12));
        bottom.getStyleClass().add("status-bar");

        root.setTop(filters);
        root.setCenter(table);
        root.setBottom(bottom);
    }

    /**
     * A listing goes to the table as it is (the database sorts it). Search hits get a new sorted
     * list after each whole replacement: the old one would keep every row it ever held (see
     * {@link LibraryViewModel#replacedProperty()}); the column sort stays.
     */
    private void sortedRows(LibraryViewModel vm) {
        if (sorted != null) {
            sorted.comparatorProperty().unbind();
            sorted = null;
        }
        if (vm.paged()) {
            // TableView drops its sort order when its items are not a SortedList: put it back
            // (the sort policy then finds the view model already in that order)
            List<TableColumn<ReleaseSummary, ?>> order = List.copyOf(table.getSortOrder());
            table.setItems(vm.rows());
            table.getSortOrder().setAll(order);
            return;
        }
        sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /**
     * The table's sort: the first sort column becomes the view model's order (a listing is read
     * again in that order); search hits are sorted in memory by the sorted list as before.
     */
    private Boolean sort(TableView<ReleaseSummary> t, LibraryViewModel vm) {
        LibraryOrder order = LibraryOrder.NEWEST_FIRST;
        if (!t.getSortOrder().isEmpty()) {
            TableColumn<ReleaseSummary, ?> c = t.getSortOrder().get(0);
            if (c.getUserData() instanceof LibraryOrder.Column column) {
                order = new LibraryOrder(column, c.getSortType() == TableColumn.SortType.ASCENDING);
            }
        }
        vm.orderBy(order);
        return t.getItems() instanceof SortedList ? TableView.DEFAULT_SORT_POLICY.call(t) : Boolean.TRUE;
    }

    private void buildTable(LibraryViewModel vm, Messages m, Formats formats, Consumer<ReleaseSummary> open,
            User user) {
        table.setId("library-table");
        table.setPlaceholder(new Label(m.get("library.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // a row of a listing is null until its page is read: its cells stay empty for that moment
        TableColumn<ReleaseSummary, String> number = column(m.get("library.col.number"), 190, r -> r.number());
        number.setUserData(LibraryOrder.Column.NUMBER);
        TableColumn<ReleaseSummary, String> type = column(m.get("library.col.type"), 130, r -> m.label(r.type()));
        type.setUserData(LibraryOrder.Column.TYPE);
        TableColumn<ReleaseSummary, String> headline = column(m.get("library.col.headline"), 420, r -> r.headline());
        headline.setUserData(LibraryOrder.Column.HEADLINE);
        headline.setCellFactory(c -> new HeadlineCell(vm));
        TableColumn<ReleaseSummary, ReleaseStatus> status = column(m.get("library.col.status"), 130,
                ReleaseSummary::status);
        status.setUserData(LibraryOrder.Column.STATUS);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ReleaseStatus s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("status-"));
                ReleaseSummary row = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean late = row != null && vm.missed().contains(row.id());
                setText(empty || s == null ? null : late ? m.label(s) + " · " + m.get("calendar.missed") : m.label(s));
                if (!empty && s != null) {
                    getStyleClass().add(late ? "status-missed"
                            : "status-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                }
            }
        });
        TableColumn<ReleaseSummary, String> author = column(m.get("library.col.author"), 150, r -> r.authorName());
        author.setUserData(LibraryOrder.Column.AUTHOR);
        TableColumn<ReleaseSummary, Instant> changed = column(m.get("library.col.changed"), 170,
                ReleaseSummary::updatedAt);
        changed.setUserData(LibraryOrder.Column.CHANGED);
        changed.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : formats.dateTime(at));
            }
        });
        table.getColumns().setAll(java.util.List.of(number, type, headline, status, author, changed));
        table.setRowFactory(t -> {
            TableRow<ReleaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ReleaseSummary selected = selected();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected != null) {
                vm.trash(user, selected);
                e.consume();
            }
        });
    }

    private static <T> TableColumn<ReleaseSummary, T> column(String title, double width,
            java.util.function.Function<ReleaseSummary, T> value) {
        TableColumn<ReleaseSummary, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? null : value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <E extends Enum<E>> ComboBox<E> anyCombo(E[] values, Messages m, String anyKey) {
        java.util.List<E> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(java.util.List.of(values));
        ComboBox<E> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        box.setConverter(Controls.converter(v -> v == null ? m.get(anyKey) : m.label(v)));
        box.setPromptText(m.get(anyKey));
        box.setPrefWidth(160);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? m.get(anyKey) : m.label(item));
            }
        });
        return box;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusTable() {
        id.humasdesk.gui.common.Focus.request(table);
        if (table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    /** The selected row as the table holds it now (a listing's row may have been read after the selection). */
    public ReleaseSummary selected() {
        int i = table.getSelectionModel().getSelectedIndex();
        return i < 0 || i >= table.getItems().size() ? null : table.getItems().get(i);
    }

    public Parent root() {
        return root;
    }
}
