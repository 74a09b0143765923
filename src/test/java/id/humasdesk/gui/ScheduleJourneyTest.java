package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.support.MutableClock;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A reviewer schedules an approved release on two channels, sees them on the calendar, marks them posted. */
@ExtendWith(ApplicationExtension.class)
class ScheduleJourneyTest {
    @TempDir
    Path dir;

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        Journey.waitUntil(condition);
    }

    @Test
    void scheduleOnTwoChannelsSeeThemOnTheCalendarMarkPostedAndPublish(FxRobot robot) throws Exception {
        Release approved;
        try (TestOffice setup = new TestOffice(dir)) {
            var s = setup.services;
            var c = s.drafts().template(setup.writer, ReleaseType.BERITA_KEGIATAN).withHeadline("Apel Siaga Pengawasan")
                    .withParagraphs(List.of("Apel digelar di halaman kantor."));
            Release r = s.drafts().create(setup.writer, ReleaseType.BERITA_KEGIATAN, c);
            r = s.review().submit(setup.writer, r.id(), r.version());
            approved = s.review().approve(setup.reviewer, r.id(), r.version());
        }
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-28T02:00:00Z"));
        Journey app = new Journey(robot, dir, clock);
        app.signIn("hendra", TestOffice.PASSWORD);
        waitUntil(() -> robot.lookup("#library-table").queryTableView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#library-table").queryTableView().getSelectionModel().select(0));
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#schedule-pick-website").tryQuery().isPresent());
        robot.clickOn("#schedule-pick-website");
        robot.clickOn("#schedule-pick-x");
        waitUntil(() -> !robot.lookup("#schedule-submit").query().isDisabled());
        robot.clickOn("#schedule-submit");
        waitUntil(() -> robot.lookup("#library-table").queryTableView().getItems().stream()
                .anyMatch(r -> ((id.humasdesk.model.ReleaseSummary) r).status() == ReleaseStatus.SCHEDULED));

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Situs web · Apel Siaga")).tryQuery().isPresent()
                && robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("X · Apel Siaga")).tryQuery().isPresent());

        clock.advance(Duration.ofHours(25));
        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#due-list").tryQuery().isPresent()
                && robot.lookup("#due-list").queryListView().getItems().size() == 2);
        for (int left = 2; left > 0; left--) {
            // List cells are recycled: click the button of a cell that is on screen, not a detached one.
            java.util.function.Predicate<javafx.scene.Node> shown = n -> n.getScene() != null && n.isVisible()
                    && !n.isDisabled();
            waitUntil(() -> robot.lookup("#due-posted").match(shown).tryQuery().isPresent());
            robot.clickOn(robot.lookup("#due-posted").match(shown).queryButton());
            robot.clickOn("#prompt-text").write("bawaslu.example/berita/apel-" + left);
            robot.clickOn("OK");
            int remaining = left - 1;
            waitUntil(() -> robot.lookup("#due-list").queryListView().getItems().size() == remaining);
        }
        try (var done = TestOffice.reopenAfter(app::quit, dir)) {
            assertThat(done.services.drafts().load(approved.id()).status()).isEqualTo(ReleaseStatus.PUBLISHED);
            assertThat(done.services.schedule().plansFor(approved.id())).extracting(p -> p.postedUrl())
                    .allMatch(u -> u.startsWith("https://bawaslu.example/berita/apel-"));
        }
    }
}
