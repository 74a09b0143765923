package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.model.ReleaseType;
import id.humasdesk.store.Backups;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.Database;
import id.humasdesk.store.FileStoreCare;
import id.humasdesk.support.TestOffice;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A PC whose store was torn by a crash: the app does not open it, says where the damaged copy went,
 * offers the newest backup with its time, and after one confirmed click the user signs in to the
 * data of that backup (the release written after it is gone, as the screen warned).
 */
@ExtendWith(ApplicationExtension.class)
class DamagedStoreJourneyTest {
    @TempDir
    Path dir;

    @Test
    void theNewestBackupIsOfferedAndRestoredFromTheDamagedStoreScreen(FxRobot robot) throws Exception {
        try (TestOffice office = new TestOffice(dir)) {
            for (int i = 0; i < 60; i++) {
                office.services.drafts().create(office.writer, ReleaseType.SIARAN_PERS, office.services.drafts()
                        .template(office.writer, ReleaseType.SIARAN_PERS).withHeadline("Rilis nomor " + i)
                        .withParagraphs(List.of("Paragraf yang cukup panjang untuk mengisi halaman. ".repeat(40))));
            }
        }
        try (DataDirectory d = new DataDirectory(dir); Database db = Database.open(d)) {
            new Backups(d).make(db, Instant.parse("2026-12-05T01:00:00Z"));
        }
        try (TestOffice office = TestOffice.reopen(dir)) {
            office.services.drafts().create(office.writer, ReleaseType.SIARAN_PERS, office.services.drafts()
                    .template(office.writer, ReleaseType.SIARAN_PERS).withHeadline("Rilis sesudah cadangan"));
        }
        Files.delete(dir.resolve("db/closed-cleanly")); // as after a kill: the next start reads every row
        Path file = dir.resolve("db/humasdesk.mv.db");
        long len = Files.size(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(len / 4 / 4096 * 4096); // a torn write in the middle; the headers stay intact
            f.write(new byte[(int) (len / 2 / 4096 * 4096)]);
        }

        Journey app = new Journey(robot, dir, Clock.systemUTC()).withOfflineRestore(FileStoreCare.offline(dir));
        app.start(false);
        Journey.waitUntil(() -> robot.lookup("#damaged-restore").tryQuery().isPresent());
        assertThat(robot.lookup("#damaged-text").queryAs(Label.class).getText()).contains("rusak")
                .contains(dir.resolve("db-damaged-").toString());
        assertThat(robot.lookup("#damaged-backup").queryAs(Label.class).getText()).contains("humasdesk-20261205-")
                .contains("tidak ikut kembali");
        Snapshots.save(robot, "damaged-store");

        robot.clickOn("#damaged-restore");
        robot.clickOn("Tidak"); // a second thought changes nothing
        assertThat(robot.lookup("#damaged-restore").tryQuery()).isPresent();
        robot.clickOn("#damaged-restore");
        robot.clickOn("Ya");
        Journey.waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("Cadangan sudah dipulihkan") && l.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
        Snapshots.save(robot, "damaged-store-restored");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        app.login("rina", TestOffice.PASSWORD);
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        Journey.waitUntil(() -> table.getItems().size() == 60);
        assertThat(table.getItems().toString()).contains("Rilis nomor 59").doesNotContain("Rilis sesudah cadangan");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("db-damaged-"));
        }
        app.quit();
    }
}
