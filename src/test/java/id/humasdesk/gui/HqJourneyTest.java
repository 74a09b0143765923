package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.bundle.InboxRepository.OfficeRow;
import id.humasdesk.logic.bundle.InboxRepository.ReleaseRow;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Headquarters' day, clicked through a real window (headless): a crash's leftover import folder is
 * gone at start, the admin opens the bundle inbox, sees the sending office, its releases, finds one
 * by a word and opens it read-only.
 */
@ExtendWith(ApplicationExtension.class)
class HqJourneyTest {
    private static final String PASSWORD = "rahasia-pusat";
    private static final Office RI = new Office("RI", "Bawaslu Republik Indonesia", OfficeLevel.PUSAT, null,
            IndonesianZone.WIB.zoneId());

    @TempDir
    Path dir;

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        Journey.waitUntil(condition);
    }

    @Test
    void leftoversGoAtStartAndHeadquartersBrowsesWhatAnOfficeSent(FxRobot robot) throws Exception {
        Path hqDir = dir.resolve("hq");
        Path bundle;
        Path key = dir.resolve("kaur.key.json");
        try (Services kaur = Wiring.open(dir.resolve("kaur"), Clock.systemUTC())) {
            kaur.demo().generate(30, 5, n -> { });
            User admin = kaur.accounts().login("admin", DemoGenerator.DEMO_PASSWORD.toCharArray());
            bundle = kaur.bundles().export(admin, ExportSelection.SINCE_LAST, null, BundleWriter.Progress.NONE).file();
            kaur.bundles().keys().exportPublicKey(kaur.accounts().office().orElseThrow(), key);
        }
        try (Services hq = Wiring.open(hqDir, Clock.systemUTC())) {
            User admin = hq.accounts().setUp(new OfficeSetup(RI, "admin", "Admin Pusat", PASSWORD.toCharArray()));
            hq.bundles().trust(admin, key);
            assertThat(hq.bundles().importBundles(admin, List.of(bundle)).added()).isPositive();
        }
        Path leftover = Files.createDirectories(hqDir.resolve("tmp").resolve("import-" + UUID.randomUUID()));
        Files.write(leftover.resolve("photo-1.part"), new byte[1024]);

        Journey app = new Journey(robot, hqDir, Clock.systemUTC());
        app.start(false);
        waitUntil(() -> !Files.exists(leftover));
        app.login("admin", PASSWORD);
        robot.clickOn("Bundel _Masuk"); // menu texts carry their mnemonic
        robot.clickOn("_Kotak Masuk Bundel…");
        waitUntil(() -> robot.lookup("#hq-offices").tryQuery().isPresent()
                && !robot.lookup("#hq-offices").<OfficeRow>queryTableView().getItems().isEmpty());
        TableView<OfficeRow> offices = robot.lookup("#hq-offices").queryTableView();
        assertThat(offices.getItems()).singleElement().satisfies(o -> {
            assertThat(o.code()).isEqualTo("KAUR");
            assertThat(o.bundles()).isEqualTo(1);
        });

        robot.interact(() -> {
            offices.requestFocus();
            offices.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        TableView<ReleaseRow> releases = robot.lookup("#hq-releases").queryTableView();
        waitUntil(() -> releases.isVisible() && !releases.getItems().isEmpty());
        int all = releases.getItems().size();
        String word = java.util.Arrays.stream(releases.getItems().get(0).headline().split(" "))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        robot.clickOn("#hq-search").write(word);
        waitUntil(() -> releases.getItems().size() < all && !releases.getItems().isEmpty());
        assertThat(robot.lookup("#hq-search").queryAs(TextField.class).getText()).isEqualTo(word);

        robot.interact(() -> releases.getSelectionModel().select(0));
        robot.clickOn("#hq-open");
        waitUntil(() -> robot.lookup("#hq-viewer").tryQuery().isPresent());
        assertThat(robot.lookup("#hq-copy").tryQuery()).isPresent();

        app.quit();
    }
}
