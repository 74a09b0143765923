package id.humasdesk.gui.library;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.library.LibraryOrder;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library holds a few pages of rows, not the listing (decision note 0404): scrolling through
 * every row, jumping to the end and sorting by a column never keep more than
 * {@code MAX_PAGES × PAGE} rows, and each page is read once on the way down.
 */
class LibraryPagingTest {
    private static final int RELEASES = 1_030;
    private static final int BOUND = LibraryViewModel.MAX_PAGES * LibraryViewModel.PAGE;
    @TempDir
    Path dir;
    private TestOffice office;
    private final List<Throwable> errors = new ArrayList<>();
    private LibraryViewModel vm;

    @BeforeEach
    void open() {
        office = new TestOffice(dir.resolve("data"));
        office.services.settings().put(id.humasdesk.logic.demo.DemoGenerator.DEMO_OFFICE, "true");
        office.services.demo().generate(RELEASES, 7, n -> { });
        vm = new LibraryViewModel(Screens.libraryDeps(office.services), TaskExecutor.sameThread(), new Messages(Messages.INDONESIAN),
                errors::add);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void scrollingThroughEveryRowHoldsAFewPagesAndReadsEachOnce() {
        assertThat(BOUND).as("the test needs more rows than the bound").isLessThan(RELEASES);
        vm.reload();
        assertThat(vm.rows()).hasSize(RELEASES);
        assertThat(vm.heldRows()).as("after the first paint: one page").isEqualTo(LibraryViewModel.PAGE);
        assertThat(vm.summaryProperty().get()).startsWith("1.030 dari 1.030 rilis");

        List<ReleaseSummary> seen = new ArrayList<>();
        int mostHeld = 0;
        for (int i = 0; i < RELEASES; i++) {
            ReleaseSummary row = vm.rows().get(i);
            assertThat(row).as("row %d", i).isNotNull();
            seen.add(row);
            mostHeld = Math.max(mostHeld, vm.heldRows());
        }
        assertThat(mostHeld).isLessThanOrEqualTo(BOUND);
        int pages = (RELEASES + LibraryViewModel.PAGE - 1) / LibraryViewModel.PAGE;
        assertThat(vm.pagesRead()).as("the first page came with the count").isEqualTo(pages - 1);
        assertThat(seen).extracting(ReleaseSummary::id).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(ReleaseSummary::updatedAt).reversed());
        assertThat(errors).isEmpty();
    }

    @Test
    void sortingAndFilteringAskTheDatabaseAndStillHoldOnlyPages() {
        vm.reload();
        vm.orderBy(new LibraryOrder(LibraryOrder.Column.STATUS, true));
        assertThat(vm.rows()).hasSize(RELEASES);
        assertThat(vm.rows().get(RELEASES - 1).status()).as("the end of the list, straight away")
                .isEqualTo(ReleaseStatus.WITHDRAWN);
        assertThat(vm.rows().get(0).status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(vm.heldRows()).isLessThanOrEqualTo(2 * LibraryViewModel.PAGE);

        vm.statusProperty().set(ReleaseStatus.PUBLISHED);
        int published = office.services.library().countByStatus().get(ReleaseStatus.PUBLISHED);
        assertThat(vm.rows()).hasSize(published).allMatch(r -> r.status() == ReleaseStatus.PUBLISHED);
        assertThat(vm.summaryProperty().get()).startsWith(String.format(new java.util.Locale("id"),
                "%,d dari 1.030 rilis", published));
        assertThat(vm.heldRows()).isLessThanOrEqualTo(BOUND);
        assertThat(errors).isEmpty();
    }
}
