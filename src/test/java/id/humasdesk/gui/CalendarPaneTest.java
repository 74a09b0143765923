package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.calendar.CalendarPane;
import id.humasdesk.gui.calendar.CalendarViewModel;
import id.humasdesk.gui.common.FxTaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CalendarPaneTest {
    @TempDir
    Path dir;

    @Test
    void planEntriesShowInTheMonthView(FxRobot robot) throws Exception {
        try (TestOffice office = new TestOffice(dir)) {
            office.services.settings().put(id.humasdesk.logic.demo.DemoGenerator.DEMO_OFFICE, "true");
            office.services.demo().generate(300, 3, n -> { });
            Messages m = new Messages(Messages.INDONESIAN);
            CalendarViewModel vm = new CalendarViewModel(office.services.schedule(), office.services.clock(), new FxTaskExecutor(), office.admin,
                    office.services.accounts().office().orElseThrow().zone(), e -> { });
            FxToolkit.setupStage(stage -> {
                CalendarPane pane = new CalendarPane(vm, m, id -> { });
                stage.setScene(new Scene(new StackPane(pane.root()), 1200, 760));
                stage.show();
                pane.start();
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.plans().isEmpty());
            // CalendarFX draws its entries on later pulses: wait until they are on screen, not a fixed time
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !entries(robot).isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(robot, "calendar-month");
            assertThat(entries(robot)).as("entries drawn in the month view").isNotEmpty();
            com.calendarfx.view.CalendarView view = robot.lookup(n -> n instanceof com.calendarfx.view.CalendarView)
                    .query();
            // The test clock says 02:00 UTC on 28 November: 09:00 WIB in Kaur, whatever zone this PC is in.
            assertThat(view.getToday()).isEqualTo(java.time.LocalDate.of(2026, 11, 28));
            assertThat(view.getTime().getHour()).as("the now-line in the office's zone").isEqualTo(9);
            assertThat(view.getZoneId()).isEqualTo(java.time.ZoneId.of("Asia/Jakarta"));
            // CalendarFX names zones in English ("Western Indonesia Time", "Timezone:"); none may show.
            String english = view.getZoneId().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && shown(l)
                    && l.getText() != null && (l.getText().contains(english) || l.getText().contains("Timezone")))
                    .queryAll()).as("English zone names on screen").isEmpty();
        }
    }

    /** Visible with every parent: a node inside a hidden control is not on screen. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Set<javafx.scene.Node> entries(FxRobot robot) {
        return robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getText() != null
                && l.getText().contains(" · Bawaslu")).queryAll();
    }
}
