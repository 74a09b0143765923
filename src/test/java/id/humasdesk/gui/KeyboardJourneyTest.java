package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main screens without a mouse: sign in, write and save a release, open menus by their mnemonics and
 * by F10, open dialogs from them and close them with Escape. On every screen shown, each input has a
 * label (or accessible text) and each button without visible text has accessible text and a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardJourneyTest {
    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private FxRobot robot;

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            Journey.waitUntil(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshots.save(robot, "keyboard-journey-timeout");
            throw e;
        }
    }

    private void scan(FxRobot robot, String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : robot.listTargetWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                Parent root = w.getScene().getRoot();
                robot.interact(() -> A11y.problems(root).forEach(p -> problems.add(screen + ": " + p)));
            }
        }
    }

    /** Presses the keys in order and lets them go in reverse order, as fingers do. */
    private static void keys(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the items of the menu of the menu bar that is open, with their mnemonics removed. */
    private static List<String> openMenuItems(FxRobot robot) {
        List<String> items = new ArrayList<>();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            if (menu.isShowing()) {
                for (MenuItem i : menu.getItems()) {
                    if (i.getText() != null) {
                        items.add(i.getText().replace("_", ""));
                    }
                }
            }
        }
        return items;
    }

    /** Alt held down: the menu's letter opens the menu, the item's letter runs the item. */
    private static void menu(FxRobot robot, KeyCode menu, KeyCode item) {
        robot.press(KeyCode.ALT).press(menu).release(menu);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(item).release(item).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long dialogsShowing(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getOwner() != null).count();
    }

    private static Node focused(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(Window::isFocused).findFirst()
                .map(w -> w.getScene().getFocusOwner()).orElse(null);
    }

    @Test
    void signInWriteSaveAndUseMenusAndDialogsByKeyboardOnly(FxRobot robot) throws Exception {
        this.robot = robot;
        new TestOffice(dir).close();
        Journey app = new Journey(robot, dir, Clock.systemUTC());
        app.start(false);
        waitUntil(() -> !robot.lookup("#login-office").queryLabeled().getText().isEmpty());
        scan(robot, "login");
        assertThat(focused(robot)).as("the user name has the focus first").extracting(Node::getId)
                .isEqualTo("login-username");
        robot.write("admin");
        keys(robot, KeyCode.TAB);
        assertThat(focused(robot)).as("Tab goes on to the password").extracting(Node::getId)
                .isEqualTo("login-password");
        robot.write(TestOffice.PASSWORD);
        keys(robot, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#library-table").tryQuery().isPresent());
        scan(robot, "library");

        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> dialogsShowing(robot) == 1);
        scan(robot, "new release dialog");
        keys(robot, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-headline").tryQuery().isPresent());
        waitUntil(() -> focused(robot) != null && robot.lookup("#editor-headline").query()
                .lookupAll("*").contains(focused(robot)));
        robot.write("Bawaslu Kaur Gelar Apel Siaga");
        scan(robot, "editor");
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        // saved: the tab now carries the release number
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().matches("\\d{3}/HUMAS/KAUR/[IVX]+/\\d{4}"));
        assertThat(robot.lookup("#editor-headline").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText())
                .isEqualTo("Bawaslu Kaur Gelar Apel Siaga");

        // a menu by its mnemonic: Alt+B opens "Berkas"
        keys(robot, KeyCode.ALT, KeyCode.B);
        waitUntil(() -> !openMenuItems(robot).isEmpty());
        assertThat(openMenuItems(robot)).contains("Rilis Baru…", "Simpan", "Keluar");
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> openMenuItems(robot).isEmpty());

        // a dialog from a menu, by mnemonics only, closed with Escape: Tampilan > Antrean Saya
        menu(robot, KeyCode.T, KeyCode.A);
        waitUntil(() -> dialogsShowing(robot) == 1);
        scan(robot, "queue dialog");
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> dialogsShowing(robot) == 0);

        // Admin > Pengguna…: the users dialog
        menu(robot, KeyCode.A, KeyCode.P);
        waitUntil(() -> dialogsShowing(robot) == 1);
        scan(robot, "users dialog");
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> dialogsShowing(robot) == 0);

        // Admin > Cadangan… and Admin > Pemeliharaan…: the backup list and the maintenance tools
        menu(robot, KeyCode.A, KeyCode.C);
        waitUntil(() -> dialogsShowing(robot) == 1);
        waitUntil(() -> robot.lookup("#backup-size-note").queryLabeled().getText().startsWith("Jumlah cadangan"));
        scan(robot, "backup dialog");
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> dialogsShowing(robot) == 0);
        menu(robot, KeyCode.A, KeyCode.H);
        waitUntil(() -> dialogsShowing(robot) == 1);
        waitUntil(() -> robot.lookup("#maintenance-compact-note").queryLabeled().getText().startsWith("Ukuran"));
        scan(robot, "maintenance dialog");
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> dialogsShowing(robot) == 0);

        // Bantuan > Tentang HumasDesk: an information dialog, closed with Escape
        menu(robot, KeyCode.N, KeyCode.T);
        waitUntil(() -> dialogsShowing(robot) == 1);
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains("HumasDesk 0.1")).tryQuery()).isPresent();
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> dialogsShowing(robot) == 0);

        // F10 moves into the menu bar; Down opens the first menu, Right the next one
        keys(robot, KeyCode.F10);
        keys(robot, KeyCode.DOWN);
        waitUntil(() -> openMenuItems(robot).contains("Simpan"));
        keys(robot, KeyCode.RIGHT);
        waitUntil(() -> openMenuItems(robot).contains("Saring Pustaka"));
        keys(robot, KeyCode.ESCAPE);
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> openMenuItems(robot).isEmpty());

        assertThat(problems).as("inputs without labels, buttons without accessible text").isEmpty();
        app.quit();
    }
}
