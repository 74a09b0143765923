package id.humasdesk.gui.hq;

import static id.humasdesk.gui.hq.HqTables.bar;
import static id.humasdesk.gui.hq.HqTables.choice;
import static id.humasdesk.gui.hq.HqTables.column;
import static id.humasdesk.gui.hq.HqTables.onOpen;
import static id.humasdesk.gui.hq.HqTables.page;
import static id.humasdesk.gui.hq.HqTables.placeholder;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.bundle.InboxRepository.ReleaseRow;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Province;
import id.humasdesk.model.ReleaseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/** The second page of the bundle inbox: the releases received, searched and filtered, each opened read-only. */
final class HqReleasesPage {
    private final HqViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final ReceivedDialogs dialogs;
    private final TableView<ReleaseRow> releaseTable = new TableView<>();
    private final TextField search = new TextField();

    HqReleasesPage(HqViewModel vm, Messages m, Formats formats, ReceivedDialogs dialogs) {
        this.vm = vm;
        this.m = m;
        this.formats = formats;
        this.dialogs = dialogs;
    }

    BorderPane root() {
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
        releaseTable.setPlaceholder(placeholder(m, vm.searchingProperty(), "bundle.hq.noReleases"));
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

    private void openRelease(ReleaseRow row) {
        if (row != null) {
            vm.open(row, detail -> dialogs.showRelease(releaseTable.getScene().getWindow(), detail,
                    List.of(row.officeCode() + " · " + (row.officeName() == null ? "" : row.officeName())
                            + (row.province() == null ? "" : " · " + vm.provinceLabel(row.province())),
                            m.get("bundle.hq.doc.meta", row.number() == null ? "—" : row.number(), m.label(row.type()),
                                    m.label(row.status()), row.version()),
                            vm.publication(row.pubstatus(), row.embargoed()),
                            m.get("bundle.hq.doc.received", formats.dateTime(row.receivedAt())))));
        }
    }
}
