package id.humasdesk.gui.hq;

import static id.humasdesk.gui.hq.HqTables.bar;
import static id.humasdesk.gui.hq.HqTables.column;
import static id.humasdesk.gui.hq.HqTables.onOpen;
import static id.humasdesk.gui.hq.HqTables.page;
import static id.humasdesk.gui.hq.HqTables.placeholder;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.bundle.InboxRepository.ConflictRow;
import id.humasdesk.logic.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The third page of the bundle inbox: the conflicts import kept, each compared with the copy held. */
final class HqConflictsPage {
    private final HqViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final ReceivedDialogs dialogs;

    HqConflictsPage(HqViewModel vm, Messages m, Formats formats, ReceivedDialogs dialogs) {
        this.vm = vm;
        this.m = m;
        this.formats = formats;
        this.dialogs = dialogs;
    }

    BorderPane root() {
        TableView<ConflictRow> table = new TableView<>(vm.conflicts());
        table.setId("hq-conflicts");
        table.setPlaceholder(placeholder(m, vm.loadingProperty(), "bundle.hq.noConflicts"));
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
        onOpen(table, row -> vm.compare(row, c -> showConflict(table, c)));
        Button compare = new Button(m.get("bundle.hq.compare"));
        compare.setId("hq-compare");
        compare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        compare.setOnAction(e -> vm.compare(table.getSelectionModel().getSelectedItem(),
                c -> showConflict(table, c)));
        Label hint = new Label(m.get("bundle.hq.conflictsHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return page(table, bar(hint, compare));
    }

    private void showConflict(javafx.scene.Node from, HqViewModel.Comparison c) {
        dialogs.showConflict(from.getScene().getWindow(), c);
    }
}
