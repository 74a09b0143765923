package id.humasdesk.gui;

import static id.humasdesk.gui.Journey.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.HostingDesk;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.hosting.OfficeLink;
import id.humasdesk.logic.services.Services;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.support.HostProcess;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12, the desktop side: a writer has no way to host; an admin turns hosting on under Admin,
 * the app asks to restart, hosts at its next start and shows the join code once; another PC joins
 * with that code, the host's status bar counts it, and closing the host window asks first while
 * the other PC is connected. The host runs in this JVM on loopback (the suite's h2.bindAddress).
 */
@ExtendWith(ApplicationExtension.class)
class HostingJourneyTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void quickChecks() {
        System.setProperty("humasdesk.linkCheckSeconds", "1");
    }

    @AfterAll
    static void normalChecks() {
        System.clearProperty("humasdesk.linkCheckSeconds");
    }

    private static Optional<Node> shown(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.isVisible()).findFirst())
                .get(20, TimeUnit.SECONDS);
    }

    /** The text of the question on top (the hosting dialog under it is a dialog pane too). */
    private static String alertText(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".dialog-pane.alert").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .map(n -> ((DialogPane) n).getContentText()).filter(t -> t != null).findFirst().orElse(""))
                .get(20, TimeUnit.SECONDS);
    }

    private static Optional<MenuItem> menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem i : menu.getItems()) {
                if (id.equals(i.getId()) && menu.isVisible()) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static String statusText(FxRobot robot) throws Exception {
        return shown(robot, "#link-status").map(n -> ((Label) n).getText()).orElse("");
    }

    /** Waits until the status line matches; on a timeout the failure shows the line as it was. */
    private static void waitForStatus(FxRobot robot, java.util.function.Predicate<String> wanted) throws Exception {
        try {
            waitUntil(() -> wanted.test(statusText(robot)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(statusText(robot)).as("the status line").matches(wanted);
        }
    }

    @Test
    void anAdminHostsFromTheAppAnotherPcJoinsAndClosingTheHostAsksFirst(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("host");
        new TestOffice(dir).close();
        int port = HostProcess.freePort();
        Journey app = new Journey(robot, dir, Clock.systemUTC());

        // A writer: no Admin menu, no hosting item, and the status line says the database is on this PC.
        app.startAsLauncher(false);
        app.login("rina", TestOffice.PASSWORD);
        assertThat(menuItem(robot, "menu-hosting")).isEmpty();
        waitForStatus(robot, t -> t.equals("Basis data di komputer ini"));
        app.quit();

        // The admin turns hosting on: it starts with the next start of the app.
        app.startAsLauncher(false);
        app.login("admin", TestOffice.PASSWORD);
        robot.interact(() -> menuItem(robot, "menu-hosting").orElseThrow().fire());
        waitUntil(() -> shown(robot, "#hosting-state").map(n -> ((Label) n).getText())
                .filter(t -> t.equals("Komputer ini belum menjadi tuan rumah basis data kantor.")).isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> address = (ComboBox<String>) shown(robot, "#hosting-address").orElseThrow();
        assertThat(address.getItems()).as("this PC's addresses, loopback last, never 0.0.0.0")
                .contains("127.0.0.1").doesNotContain("0.0.0.0");
        robot.interact(() -> address.setValue("127.0.0.1"));
        TextField portField = (TextField) shown(robot, "#hosting-port").orElseThrow();
        robot.interact(() -> portField.setText(String.valueOf(port)));
        Snapshots.save(robot, "hosting-dialog");
        robot.clickOn(shown(robot, "#hosting-start").orElseThrow());
        waitUntil(() -> shown(robot, "Ya").isPresent());
        assertThat(alertText(robot))
                .startsWith("Perubahan berlaku setelah HumasDesk dibuka kembali");
        robot.clickOn(shown(robot, "Ya").orElseThrow());
        app.waitUntilQuit();

        // At the next start the PC hosts; the admin sees the join code once and copies it.
        app.startAsLauncher(false);
        app.login("admin", TestOffice.PASSWORD);
        waitUntil(() -> shown(robot, "#hosting-join-code").isPresent());
        String code = ((Label) shown(robot, "#hosting-join-code").orElseThrow()).getText().replace("\n", "");
        assertThat(code).startsWith("HD-");
        Snapshots.save(robot, "hosting-join-code");
        robot.clickOn(shown(robot, "#hosting-join-code-copy").orElseThrow());
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()).isEqualTo(code);
        robot.clickOn(shown(robot, "Tutup").orElseThrow());
        waitForStatus(robot, t -> t.equals("Komputer ini tuan rumah (127.0.0.1:" + port + ") · belum ada komputer lain"));

        // Another PC joins with the code shown; the host's status bar counts it.
        HostingDesk pcDesk = new HostingDesk(tmp.resolve("pc"), Clock.systemUTC(),
                () -> DatabaseTarget.hosted(JoinCode.parse(code)));
        Services pc = pcDesk.open();
        try {
            assertThat(pc.accounts().login("rina", TestOffice.PASSWORD.toCharArray()).fullName())
                    .isEqualTo("Rina Marlina");
            var pcStatus = new id.humasdesk.gui.hosting.LinkStatusViewModel(pcDesk,
                    id.humasdesk.gui.common.TaskExecutor.sameThread(),
                    new id.humasdesk.logic.common.Messages(id.humasdesk.logic.common.Messages.INDONESIAN));
            pcStatus.refresh();
            assertThat(pcStatus.textProperty().get())
                    .isEqualTo("Basis data kantor di 127.0.0.1:" + port + " · terhubung");
            waitForStatus(robot, t -> t.matches(".*· [1-9][0-9]* komputer lain terhubung"));
            Snapshots.save(robot, "hosting-status-bar");

            // Closing the host while the PC is connected asks first; "No" keeps it open and hosting.
            app.requestQuit();
            waitUntil(() -> shown(robot, "Tidak").isPresent());
            assertThat(alertText(robot))
                    .contains("komputer lain sedang memakai basis data kantor di komputer ini");
            robot.clickOn(shown(robot, "Tidak").orElseThrow());
            assertThat(pcDesk.check().reachable()).as("still hosting").isTrue();
        } finally {
            pc.close();
        }
        assertThat(pcDesk.kind()).isEqualTo(OfficeLink.Kind.HOSTED);

        // With no PC connected it closes without asking.
        waitForStatus(robot, t -> t.endsWith("· belum ada komputer lain"));
        app.quit();
    }
}
