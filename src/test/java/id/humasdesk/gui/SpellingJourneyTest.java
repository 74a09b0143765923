package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A writer mistypes a word in the body: it is underlined as she types, a right-click offers the
 * fix, one click puts it in, and undo takes it back.
 */
@ExtendWith(ApplicationExtension.class)
class SpellingJourneyTest {
    @TempDir
    Path dir;

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        Journey.waitUntil(condition);
    }

    /** A node with this text that is on screen now (an open menu rebuilds its items when they change). */
    private static java.util.Optional<Node> shown(FxRobot robot, String text) throws Exception {
        // Looked up on the FX thread, so a menu being rebuilt is never seen half done.
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(text).queryAll().stream()
                .filter(n -> n.getScene() != null && n.isVisible()).findFirst()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aMisspelledWordIsUnderlinedAndFixedFromTheContextMenu(FxRobot robot) throws Exception {
        new TestOffice(dir).close();
        Journey app = new Journey(robot, dir, Clock.systemUTC());
        app.signIn("rina", TestOffice.PASSWORD);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-body").tryQuery().isPresent());

        robot.clickOn("#editor-body").write("Bawaslu menggelar Kosolidasi Pengelola Kehumasan.");
        StyleClassedTextArea body = robot.lookup("#editor-body").queryAs(StyleClassedTextArea.class);
        try {
            waitUntil(() -> robot.lookup("#editor-body .finding-spelling").queryAllAs(Text.class).stream()
                    .anyMatch(t -> t.getText().equals("Kosolidasi")));
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshots.save(robot, "spelling-not-underlined");
            throw e;
        }
        assertThat(robot.lookup("#editor-body .finding-spelling").queryAllAs(Text.class)).as("only the typo")
                .extracting(Text::getText).containsExactly("Kosolidasi");
        Text underlined = robot.lookup("#editor-body .finding-spelling").queryAs(Text.class);

        robot.moveTo(underlined);
        // Monocle turns no mouse button into a context-menu request; a desktop sends this one on right-click.
        javafx.geometry.Bounds word = underlined.localToScene(underlined.getBoundsInLocal());
        javafx.geometry.Point2D screen = underlined.localToScreen(underlined.getBoundsInLocal().getCenterX(),
                underlined.getBoundsInLocal().getCenterY());
        robot.interact(() -> javafx.event.Event.fireEvent(underlined, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, word.getCenterX(), word.getCenterY(),
                screen.getX(), screen.getY(), false, null)));
        try {
            waitUntil(() -> shown(robot, "Konsolidasi").isPresent() && shown(robot, "Abaikan").isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshots.save(robot, "spelling-no-suggestion");
            throw e;
        }
        assertThat(shown(robot, "Abaikan")).isPresent();
        assertThat(shown(robot, "Tambahkan ke Kamus")).isPresent();
        Node fix = shown(robot, "Konsolidasi").orElseThrow();
        robot.clickOn(fix);
        try {
            waitUntil(() -> body.getText().equals("Bawaslu menggelar Konsolidasi Pengelola Kehumasan."));
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshots.save(robot, "spelling-not-fixed");
            throw e;
        }
        waitUntil(() -> robot.lookup("#editor-body .finding-spelling").tryQuery().isEmpty());
        assertThat(robot.lookup(".tab-pane .tab-label").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText().endsWith(" *"))).as("the fix makes the release dirty").isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> body.getText().equals("Bawaslu menggelar Kosolidasi Pengelola Kehumasan."));

        app.requestQuit();
        waitUntil(() -> shown(robot, "Jangan Simpan").isPresent());
        robot.clickOn(shown(robot, "Jangan Simpan").orElseThrow());
        app.waitUntilQuit();
    }
}
