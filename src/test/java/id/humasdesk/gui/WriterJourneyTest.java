package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.model.Province;
import id.humasdesk.model.ReleaseSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A writer's first day, clicked through a real window (headless): set up the office, sign in,
 * write a berita kegiatan, save it, find it in the library, open it again.
 */
@ExtendWith(ApplicationExtension.class)
class WriterJourneyTest {
    private static final String HEADLINE = "Bawaslu Kaur Gelar Apel Siaga Pengawasan";
    private static final String BODY = "Apel diikuti seluruh jajaran pengawas ad hoc.";

    @TempDir
    Path dir;

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.write(text);
    }

    @Test
    void setUpSignInWriteSaveFindAndReopen(FxRobot robot) throws Exception {
        Journey app = new Journey(robot, dir, Clock.systemUTC());
        app.startAskingForTheDatabase();
        assertThat(robot.lookup("#setup-database-this-pc").queryAs(javafx.scene.control.RadioButton.class)
                .isSelected()).as("this PC only is the default").isTrue();
        robot.clickOn("#setup-next");
        waitUntil(() -> robot.lookup("#setup-office-name").query().isVisible());
        type(robot, "#setup-office-name", "Bawaslu Kabupaten Kaur");
        ComboBox<Province> province = robot.lookup("#setup-province").queryComboBox();
        robot.interact(() -> province.setValue(Province.BENGKULU));
        assertThat(robot.lookup("#setup-office-code").queryAs(TextField.class).getText()).isEqualTo("KAUR");
        robot.clickOn("#setup-next");
        type(robot, "#setup-admin-username", "admin");
        type(robot, "#setup-admin-fullname", "Rina Marlina");
        type(robot, "#setup-password", "rahasia-kantor");
        type(robot, "#setup-password-repeat", "rahasia-kantor");
        waitUntil(() -> !robot.lookup("#setup-finish").queryButton().isDisabled());
        robot.clickOn("#setup-finish");
        waitUntil(() -> robot.lookup("#library-table").tryQuery().isPresent());

        app.quit();

        app.start(false);
        waitUntil(() -> !robot.lookup("#login-office").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#login-username").queryAs(TextField.class).getText()).as("remembered")
                .isEqualTo("admin");
        type(robot, "#login-password", "rahasia-kantor");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#library-table").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-headline").tryQuery().isPresent());
        type(robot, "#editor-headline", HEADLINE);
        type(robot, "#editor-lead", "Bawaslu Kabupaten Kaur menggelar apel siaga pada Sabtu pagi.");
        type(robot, "#editor-body", BODY);
        assertThat(robot.lookup("#editor-counts").queryLabeled().getText()).isEqualTo("22 kata · 145 karakter");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().get(1).getText().matches("\\d{3}/HUMAS/KAUR/[IVX]+/\\d{4}"));

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> tabs.getTabs().size() == 1);
        @SuppressWarnings("unchecked")
        TableView<ReleaseSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.headline().equals(HEADLINE)));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-body").tryQuery().isPresent()
                && !robot.lookup("#editor-body").queryAs(StyleClassedTextArea.class).getText().isEmpty());
        assertThat(robot.lookup("#editor-headline").queryAs(StyleClassedTextArea.class).getText())
                .isEqualTo(HEADLINE);
        assertThat(robot.lookup("#editor-body").queryAs(StyleClassedTextArea.class).getText()).isEqualTo(BODY);
        app.quit();
        assertThat(robot.listTargetWindows().stream().filter(w -> w instanceof Stage && w.isShowing())).isEmpty();
    }
}
