package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The export screen of a PC whose office key is sealed and locked (decision 0611): it says so and
 * what to do, does not offer the export, and lets the administrator unlock the key with the
 * passphrase; a wrong passphrase is told and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SealedKeyJourneyTest {
    private static final String PASSWORD = "rahasia-kaur";
    private static final String PASSPHRASE = "frasa sandi kunci Kaur 2026";

    @TempDir
    Path dir;

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        Journey.waitUntil(condition);
    }

    @Test
    void anAdministratorUnlocksTheSealedKeyInTheExportScreen(FxRobot robot) throws Exception {
        try (Services s = Wiring.open(dir, Clock.systemUTC())) {
            User admin = s.accounts().setUp(new OfficeSetup(new Office("KAUR", "Bawaslu Kabupaten Kaur",
                    OfficeLevel.KABUPATEN, Province.BENGKULU, IndonesianZone.WIB.zoneId()), "admin", "Admin Kaur",
                    PASSWORD.toCharArray()));
            s.bundles().sealKey(admin, PASSPHRASE.toCharArray());
        }
        Journey app = new Journey(robot, dir, Clock.systemUTC());
        app.signIn("admin", PASSWORD);
        robot.clickOn("_Berkas");
        robot.clickOn("_Kirim Bundel ke Pusat…");
        waitUntil(() -> robot.lookup("#bundle-key-note").tryQuery().isPresent()
                && !robot.lookup("#bundle-key-note").queryAs(Label.class).getText().isEmpty());
        Label note = robot.lookup("#bundle-key-note").queryAs(Label.class);
        assertThat(note.getText()).contains("terkunci di PC ini").contains("frasa sandi");
        assertThat(robot.lookup("#bundle-export").queryAs(Button.class).isDisabled()).isTrue();
        Snapshots.save(robot, "sealed-key-locked");

        robot.clickOn("#bundle-key-unlock");
        waitUntil(() -> robot.lookup("#bundle-key-passphrase").tryQuery().isPresent());
        robot.clickOn("#bundle-key-passphrase").write("frasa sandi keliru");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("Frasa sandi kunci kantor salah")).tryQuery().isPresent());
        Snapshots.save(robot, "sealed-key-wrong");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#bundle-export").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#bundle-key-unlock");
        waitUntil(() -> robot.lookup("#bundle-key-passphrase").tryQuery().isPresent());
        robot.clickOn("#bundle-key-passphrase").write(PASSPHRASE);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> note.getText().contains("sudah dibuka di PC ini"));
        assertThat(robot.lookup("#bundle-export").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#bundle-key-unlock").queryAs(Button.class).isVisible()).isFalse();
        Snapshots.save(robot, "sealed-key-unlocked");
        robot.type(KeyCode.ESCAPE);
        app.quit();
    }
}
