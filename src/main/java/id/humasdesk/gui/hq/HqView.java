package id.humasdesk.gui.hq;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.bundle.BundleView;
import id.humasdesk.gui.publish.ReportAction;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.services.Services;
import id.humasdesk.logic.bundle.BundleInbox;
import id.humasdesk.logic.bundle.InboxRepository.ConflictRow;
import id.humasdesk.logic.bundle.InboxRepository.OfficeRow;
import id.humasdesk.logic.bundle.InboxRepository.ReleaseRow;
import id.humasdesk.model.Office;
import id.humasdesk.model.Province;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The bundle inbox window: offices that send bundles, the releases they sent, the conflicts
 * import kept. A window of its own (not a tab), so headquarters can keep it beside the library.
 */
public final class HqView {
    static final String STYLESHEET = "/id/humasdesk/gui/app.css";
    private final HqViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final ReceivedDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TableView<ReleaseRow> releaseTable = new TableView<>();
    private final TextField search = new TextField();

    public HqView(HqViewModel vm, Messages m, Formats formats, ReceivedDialogs dialogs) {
        this.vm = vm;
        this.m = m;
        this.formats = formats;
        this.dialogs = dialogs;
        Tab offices = new Tab(m.get("bundle.hq.tab.offices"), officesPage());
        offices.setId("hq-tab-offices");
        Tab releases = new Tab(m.get("bundle.hq.tab.releases"), releasesPage());
        releases.setId("hq-tab-releases");
        Tab conflicts = new Tab("", conflictsPage());
        conflicts.setId("hq-tab-conflicts");
        conflicts.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get(
                "bundle.hq.tab.conflictsCount", vm.conflicts().size()), vm.conflicts()));
        tabs.getTabs().setAll(offices, releases, conflicts);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
    }

    /**
     * The menu of the main window for offices that collect bundles (decision 0311): the inbox and,
     * for convenience, the import page of the bundle window. Hidden for everyone else.
     */
    public static Menu menu(Stage owner, Services services, TaskExecutor executor, DialogService dialogs, Messages m,
            Formats formats, Office office, User user) {
        Menu menu = new Menu(m.get("bundle.hq.menu"));
        menu.setId("menu-hq");
        Stage[] open = new Stage[1];
        MenuItem inbox = new MenuItem(m.get("bundle.hq.menu.inbox"));
        inbox.setId("menu-hq-inbox");
        inbox.setOnAction(e -> {
            if (open[0] != null && open[0].isShowing()) {
                open[0].toFront();
                return;
            }
            HqViewModel vm = new HqViewModel(services, executor, m, formats, user, dialogs::error);
            HqView view = new HqView(vm, m, formats, new ReceivedDialogs(m, formats, services.media()));
            open[0] = view.show(owner, office);
            open[0].setOnHidden(h -> vm.close()); // nothing more is delivered to a closed window
            vm.load();
        });
        MenuItem importBundles = new MenuItem(m.get("bundle.hq.menu.import"));
        importBundles.setOnAction(e -> new BundleView(owner, services, executor, dialogs, m, office, user)
                .show(BundleView.Page.IMPORT));
        importBundles.setVisible(user.has(Role.ADMIN)); // logic refuses others; do not offer it
        MenuItem regional = new MenuItem(m.get("bundle.hq.menu.regionalReport"));
        regional.setId("menu-hq-regional-report");
        regional.setOnAction(e -> ReportAction.runRegional(owner, services, executor, dialogs, m, user,
                java.time.YearMonth.now(office.zone()).minusMonths(1)));
        menu.getItems().addAll(inbox, importBundles, regional);
        menu.setVisible(BundleInbox.mayUse(office, user));
        return menu;
    }

    /** Opens the window beside its owner, sized to fit small screens too. */
    public Stage show(Stage owner, Office office) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(m.get("bundle.hq.title", office.name()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1120, screen.getWidth() - 40), Math.min(700, screen.getHeight() - 40));
        var css = HqView.class.getResource(STYLESHEET);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::load);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private BorderPane officesPage() {
        TableView<OfficeRow> table = new TableView<>(vm.offices());
        table.setId("hq-offices");
        table.setPlaceholder(placeholder(vm.loadingProperty(), "bundle.hq.noOffices"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<OfficeRow, String> gaps = column(m.get("bundle.hq.col.gaps"), 130,
                o -> o.openGaps() == 0 ? "—" : Integer.toString(o.openGaps()));
        gaps.setMinWidth(130);
        gaps.setCellFactory(c -> styled(v -> v != null && !"—".equals(v) ? "hq-gap" : null));
        TableColumn<OfficeRow, String> name = column(m.get("bundle.hq.col.office"), 240, OfficeRow::name);
        table.getColumns().setAll(List.of(
                column(m.get("bundle.hq.col.code"), 95, OfficeRow::code),
                name,
                column(m.get("bundle.hq.col.level"), 95, o -> vm.levelLabel(o.level())),
                column(m.get("bundle.hq.col.province"), 140, o -> vm.provinceLabel(o.province())),
                column(m.get("bundle.hq.col.lastBundle"), 170, o -> o.lastBundleAt() == null ? "—"
                        : formats.dateTime(o.lastBundleAt())),
                number(column(m.get("bundle.hq.col.bundles"), 80, o -> Integer.toString(o.bundles()))),
                number(gaps),
                number(column(m.get("bundle.hq.col.releases"), 80, o -> Integer.toString(o.releases())))));
        // Only the office name gives way on a small screen (the minimums add up to less than a
        // 1024-pixel screen's window); times and counts stay whole.
        table.getColumns().stream().filter(c -> c != name).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        name.setMinWidth(150);
        onOpen(table, row -> {
            vm.showOffice(row);
            tabs.getSelectionModel().select(1);
        });
        Label summary = new Label();
        summary.setId("hq-offices-summary");
        summary.textProperty().bind(vm.officesSummaryProperty());
        Label hint = new Label(m.get("bundle.hq.officesHint"));
        hint.getStyleClass().add("hint");
        Button reload = new Button(m.get("bundle.hq.reload"));
        reload.setId("hq-reload");
        reload.setOnAction(e -> vm.load());
        return page(table, bar(summary, hint, reload));
    }

    private BorderPane releasesPage() {
        search.setId("hq-search");
        search.setPromptText(m.get("bundle.hq.searchPrompt"));
        search.textProperty().bindBidirectional(vm.textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition debounce = new PauseTransition(Duration.millis(300));
        debounce.setOnFinished(e -> vm.search());
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                releaseTable.requestFocus();
                releaseTable.getSelectionModel().selectFirst();
            }
        });
        ComboBox<String> office = choice(vm.officeChoices(), vm::officeLabel, 240);
        office.setId("hq-office");
        office.valueProperty().bindBidirectional(vm.officeProperty());
        ComboBox<Province> province = choice(vm.provinceChoices(), p -> p == null ? m.get("bundle.hq.anyProvince")
                : p.displayName(), 180);
        province.setId("hq-province");
        province.valueProperty().bindBidirectional(vm.provinceProperty());
        List<ReleaseStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(List.of(ReleaseStatus.APPROVED, ReleaseStatus.SCHEDULED, ReleaseStatus.PUBLISHED,
                ReleaseStatus.WITHDRAWN));
        ComboBox<ReleaseStatus> status = choice(FXCollections.observableArrayList(statuses),
                s -> s == null ? m.get("bundle.hq.anyStatus") : m.label(s), 150);
        status.setId("hq-status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        HBox filters = new HBox(8, search, office, province, status);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(10, 12, 8, 12));
        filters.getStyleClass().add("toolbar-row");

        releaseTable.setItems(vm.releases());
        releaseTable.setId("hq-releases");
        releaseTable.setPlaceholder(placeholder(vm.searchingProperty(), "bundle.hq.noReleases"));
        releaseTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReleaseRow, String> statusCol = column(m.get("bundle.hq.col.status"), 95, r -> m.label(r.status()));
        statusCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("status-"));
                ReleaseRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : s);
                if (row != null) {
                    getStyleClass().add("status-" + row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        });
        TableColumn<ReleaseRow, String> pub = column(m.get("bundle.hq.col.publication"), 250,
                r -> vm.publicationShort(r.pubstatus(), r.embargoed()));
        pub.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove("hq-withheld");
                ReleaseRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : s);
                if (row != null && !"usable".equals(row.pubstatus())) {
                    getStyleClass().add("hq-withheld");
                }
            }
        });
        // The headline comes last, like the subject in a wire service's list: it takes what the
        // fixed columns leave and is the only one that shortens on a small screen. The province is
        // a filter and shows in the viewer; as a column it took the headline's room.
        TableColumn<ReleaseRow, String> headline = column(m.get("bundle.hq.col.headline"), 380, ReleaseRow::headline);
        headline.setMinWidth(200);
        headline.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null ? null : new javafx.scene.control.Tooltip(s));
            }
        });
        List<TableColumn<ReleaseRow, String>> fixed = List.of(
                column(m.get("bundle.hq.col.changed"), 100, r -> vm.day(r.versionCreated())),
                column(m.get("bundle.hq.col.code"), 95, ReleaseRow::officeCode),
                column(m.get("bundle.hq.col.type"), 155, r -> m.label(r.type())),
                statusCol, pub);
        fixed.forEach(col -> col.setMinWidth(col.getPrefWidth()));
        List<TableColumn<ReleaseRow, String>> all = new ArrayList<>(fixed);
        all.add(headline);
        releaseTable.getColumns().setAll(all);
        onOpen(releaseTable, this::openRelease);
        Button open = new Button(m.get("bundle.hq.open"));
        open.setId("hq-open");
        open.disableProperty().bind(releaseTable.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openRelease(releaseTable.getSelectionModel().getSelectedItem()));
        Label summary = new Label();
        summary.setId("hq-summary");
        summary.textProperty().bind(vm.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.searchingProperty());
        BorderPane page = page(releaseTable, bar(summary, busy, open));
        page.setTop(filters);
        return page;
    }

    private BorderPane conflictsPage() {
        TableView<ConflictRow> table = new TableView<>(vm.conflicts());
        table.setId("hq-conflicts");
        table.setPlaceholder(placeholder(vm.loadingProperty(), "bundle.hq.noConflicts"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<TableColumn<ConflictRow, String>> fixed = List.of(
                column(m.get("bundle.hq.col.detected"), 170, c -> formats.dateTime(c.detectedAt())),
                column(m.get("bundle.hq.col.code"), 95, ConflictRow::officeCode),
                column(m.get("bundle.hq.col.version"), 70, c -> Long.toString(c.version())),
                column(m.get("bundle.hq.col.held"), 100, c -> m.get("bundle.hq.heldVersion", c.heldVersion())));
        fixed.forEach(col -> col.setMinWidth(col.getPrefWidth()));
        List<TableColumn<ConflictRow, String>> all = new ArrayList<>(fixed);
        all.add(column(m.get("bundle.hq.col.headline"), 420, c -> c.heldHeadline() == null ? "" : c.heldHeadline()));
        table.getColumns().setAll(all);
        onOpen(table, row -> vm.compare(row, this::showConflict));
        Button compare = new Button(m.get("bundle.hq.compare"));
        compare.setId("hq-compare");
        compare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        compare.setOnAction(e -> vm.compare(table.getSelectionModel().getSelectedItem(), this::showConflict));
        Label hint = new Label(m.get("bundle.hq.conflictsHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return page(table, bar(hint, compare));
    }

    private void showConflict(HqViewModel.Comparison c) {
        dialogs.showConflict(root.getScene().getWindow(), c);
    }

    private void openRelease(ReleaseRow row) {
        if (row != null) {
            vm.open(row, detail -> dialogs.showRelease(root.getScene().getWindow(), detail,
                    List.of(row.officeCode() + " · " + (row.officeName() == null ? "" : row.officeName())
                            + (row.province() == null ? "" : " · " + vm.provinceLabel(row.province())),
                            m.get("bundle.hq.doc.meta", row.number() == null ? "—" : row.number(), m.label(row.type()),
                                    m.label(row.status()), row.version()),
                            vm.publication(row.pubstatus(), row.embargoed()),
                            m.get("bundle.hq.doc.received", formats.dateTime(row.receivedAt())))));
        }
    }

    /** "Loading…" while the list is being read, then what an empty list means. */
    private Label placeholder(javafx.beans.value.ObservableBooleanValue busy, String emptyKey) {
        Label l = new Label();
        l.textProperty().bind(javafx.beans.binding.Bindings.when(busy).then(m.get("bundle.hq.loading"))
                .otherwise(m.get(emptyKey)));
        return l;
    }

    private static BorderPane page(Region center, HBox bottom) {
        BorderPane p = new BorderPane(center);
        p.setBottom(bottom);
        return p;
    }

    private static HBox bar(javafx.scene.Node... nodes) {
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

    private static <T> void onOpen(TableView<T> table, Consumer<T> open) {
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

    private static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <S> TableColumn<S, String> number(TableColumn<S, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** A text cell with one style class chosen from its value (or none). */
    private static <S> TableCell<S, String> styled(Function<String, String> style) {
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

    private static <T> ComboBox<T> choice(javafx.collections.ObservableList<T> items, Function<T, String> label,
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
