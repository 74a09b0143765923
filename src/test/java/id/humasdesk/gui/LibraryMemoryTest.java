package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.FxTaskExecutor;
import id.humasdesk.gui.library.LibraryView;
import id.humasdesk.gui.library.LibraryViewModel;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.library.LibraryOrder;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.support.TestOffice;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library must not keep the rows of an earlier listing once a search shows fewer: at 100,000
 * releases those rows were 25 MB of heap behind 1,000 hits (decision 0403).
 */
@ExtendWith(ApplicationExtension.class)
class LibraryMemoryTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void rowsOfTheFullListAreFreedAfterASearchAndSortingStillWorks(FxRobot robot) throws Exception {
        try (TestOffice office = new TestOffice(dir)) {
            office.services.settings().put(id.humasdesk.logic.demo.DemoGenerator.DEMO_OFFICE, "true");
            office.services.demo().generate(400, 5, n -> { });
            assertThat(office.services.search().awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
            Messages m = new Messages(Messages.INDONESIAN);
            Formats formats = new Formats(IndonesianZone.WIB.zoneId(), Messages.INDONESIAN);
            LibraryViewModel vm = new LibraryViewModel(Screens.libraryDeps(office.services), new FxTaskExecutor(), m, e -> { });
            FxToolkit.setupStage(stage -> {
                LibraryView view = new LibraryView(vm, m, formats, office.admin, r -> { });
                stage.setScene(new Scene(view.root(), 1024, 640));
                stage.show();
                vm.reload();
            });
            TableView<ReleaseSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> !vm.loadingProperty().get() && table.getItems().size() == 400);
            // the oldest row: far below the visible part, so no cell ever showed it (its page is read on demand)
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().get(399)).get() != null);
            WeakReference<ReleaseSummary> oldest = new WeakReference<>(
                    WaitForAsyncUtils.asyncFx(() -> table.getItems().get(399)).get());
            WaitForAsyncUtils.asyncFx(() -> {
                vm.textProperty().set("netralitas");
                vm.applyText();
            }).get();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> !vm.loadingProperty().get() && vm.rankedProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            int hits = table.getItems().size();
            assertThat(hits).isBetween(1, 399);
            for (int i = 0; i < 20 && oldest.get() != null; i++) {
                System.gc();
                Thread.sleep(50);
            }
            assertThat(oldest.get()).as("a row of the full list, unreachable once the search shows its hits")
                    .isNull();

            // the table still sorts the hits by a column, and a new listing sorts the same way
            var number = (javafx.scene.control.TableColumn<ReleaseSummary, String>) table.getColumns().get(0);
            java.util.Comparator<String> byNumber = number.getComparator();
            WaitForAsyncUtils.asyncFx(() -> table.getSortOrder().setAll(java.util.List.of(number))).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getItems()).extracting(ReleaseSummary::number).isSortedAccordingTo(byNumber);
            WaitForAsyncUtils.asyncFx(() -> {
                vm.textProperty().set("");
                vm.applyText();
            }).get();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> !vm.loadingProperty().get() && table.getItems().size() == 400);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getSortOrder()).containsExactly(number);
            // the listing is sorted by the database, page by page
            assertThat(vm.order()).isEqualTo(new LibraryOrder(LibraryOrder.Column.NUMBER, true));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> table.getItems().stream().allMatch(java.util.Objects::nonNull)).get());
            assertThat(table.getItems()).extracting(ReleaseSummary::number).isSortedAccordingTo(byNumber);
        }
    }
}
