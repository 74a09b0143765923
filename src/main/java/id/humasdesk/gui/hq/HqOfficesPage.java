package id.humasdesk.gui.hq;

import static id.humasdesk.gui.hq.HqTables.bar;
import static id.humasdesk.gui.hq.HqTables.column;
import static id.humasdesk.gui.hq.HqTables.number;
import static id.humasdesk.gui.hq.HqTables.onOpen;
import static id.humasdesk.gui.hq.HqTables.page;
import static id.humasdesk.gui.hq.HqTables.placeholder;
import static id.humasdesk.gui.hq.HqTables.styled;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.bundle.InboxRepository.OfficeRow;
import id.humasdesk.logic.common.Messages;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The first page of the bundle inbox: the offices that send bundles, their last bundle and open gaps. */
final class HqOfficesPage {
    private final HqViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final Runnable showReleases;

    /** {@code showReleases} turns to the releases page once an office was opened. */
    HqOfficesPage(HqViewModel vm, Messages m, Formats formats, Runnable showReleases) {
        this.vm = vm;
        this.m = m;
        this.formats = formats;
        this.showReleases = showReleases;
    }

    BorderPane root() {
        TableView<OfficeRow> table = new TableView<>(vm.offices());
        table.setId("hq-offices");
        table.setPlaceholder(placeholder(m, vm.loadingProperty(), "bundle.hq.noOffices"));
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
            showReleases.run();
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
}
