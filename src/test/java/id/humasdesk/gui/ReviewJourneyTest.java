package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Writer and reviewer take turns on one workstation: draft and submit, comment and request changes,
 * fix and resubmit, read the diff and approve. The writer never gets an approve button.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewJourneyTest {
    @TempDir
    Path dir;

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        Journey.waitUntil(condition);
    }

    private static void openFromQueue(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#queue-button").queryButton().getText().endsWith(" 0"));
        robot.clickOn("#queue-button");
        waitUntil(() -> robot.lookup("#queue-list").tryQuery().isPresent());
        robot.clickOn("#queue-list").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-body").tryQuery().isPresent()
                && !robot.lookup("#editor-body").queryAs(StyleClassedTextArea.class).getText().isEmpty());
    }

    private static void waitForStatus(FxRobot robot, ReleaseStatus status) throws Exception {
        String label = new Messages(Messages.INDONESIAN).label(status);
        try {
            waitUntil(() -> robot.lookup(".side-panel .pill").queryLabeled().getText().equals(label));
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshots.save(robot, "review-journey-" + status);
            throw e;
        }
    }

    @Test
    void writerSubmitsReviewerRequestsChangesWriterFixesReviewerApproves(FxRobot robot) throws Exception {
        new TestOffice(dir).close();
        Journey app = new Journey(robot, dir, Clock.systemUTC());

        app.signIn("rina", TestOffice.PASSWORD);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-headline").tryQuery().isPresent());
        robot.clickOn("#editor-headline").write("Bawaslu Kaur Gelar Rapat Koordinasi");
        robot.clickOn("#editor-lead").write("Bawaslu Kabupaten Kaur menggelar rapat koordinasi di aula kantor.");
        robot.clickOn("#editor-body").write("Rapat dihadiri seluruh Panwaslu Kecamatan.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#review-submit").tryQuery().isPresent());
        robot.clickOn("#review-submit");
        waitForStatus(robot, ReleaseStatus.IN_REVIEW);
        assertThat(robot.lookup("#review-approve").tryQuery()).isEmpty();
        app.quit();

        app.signIn("hendra", TestOffice.PASSWORD);
        openFromQueue(robot);
        robot.clickOn("#review-comment-text").write("Sebutkan jumlah peserta yang hadir.");
        robot.clickOn("#review-comment-send");
        waitUntil(() -> robot.lookup("#review-comments").queryListView().getItems().size() == 1);
        robot.clickOn("#review-request-changes");
        try {
            waitUntil(() -> robot.listWindows().size() > 1);
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshots.save(robot, "review-journey-no-dialog");
            throw e;
        }
        robot.clickOn("#reason-text").write("Teras berita perlu menyebut waktu kegiatan.");
        robot.clickOn("OK");
        waitForStatus(robot, ReleaseStatus.CHANGES_REQUESTED);
        app.quit();

        app.signIn("rina", TestOffice.PASSWORD);
        openFromQueue(robot);
        robot.clickOn("#editor-body").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write(" Sebanyak 45 peserta hadir pada pukul 09.00 WIB.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup(".tab-pane .tab-label").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText().endsWith(" *")));
        javafx.scene.control.ListView<id.humasdesk.model.Comment> comments =
                robot.lookup("#review-comments").queryListView();
        for (int open = 2; open > 0; open--) {
            robot.clickOn(robot.lookup("Tandai Selesai").queryButton());
            int left = open - 1;
            waitUntil(() -> comments.getItems().stream().filter(id.humasdesk.model.Comment::open).count() == left);
        }
        robot.clickOn("#review-submit");
        waitForStatus(robot, ReleaseStatus.IN_REVIEW);
        assertThat(robot.lookup("#review-approve").tryQuery()).as("the writer can never approve").isEmpty();
        app.quit();

        app.signIn("hendra", TestOffice.PASSWORD);
        openFromQueue(robot);
        robot.clickOn("#tab-revisions .tab-label");
        waitUntil(() -> robot.lookup("#review-revisions").queryListView().getItems().size() == 2);
        robot.clickOn(robot.lookup("#review-revisions .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#review-compare");
        // the word diff is computed in the background; the dialog opens when it is done
        waitUntil(() -> robot.lookup("#diff-fields").tryQuery().isPresent()
                && robot.lookup("Tutup").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".diff-inserted").queryAllAs(Text.class)).extracting(Text::getText)
                .anyMatch(t -> t.contains("45 peserta"));
        robot.clickOn("Tutup");
        robot.clickOn("#tab-review .tab-label");
        robot.clickOn("#review-approve");
        waitForStatus(robot, ReleaseStatus.APPROVED);
        app.quit();

        try (TestOffice check = reopen()) {
            var rows = check.services.library().firstPage(id.humasdesk.logic.library.LibraryFilter.ALL, 10);
            assertThat(rows).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ReleaseStatus.APPROVED));
        }
    }

    private TestOffice reopen() {
        return TestOffice.reopen(dir);
    }
}
