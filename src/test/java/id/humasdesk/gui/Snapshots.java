package id.humasdesk.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves what the headless window shows when a journey fails, under target/, to look at. */
final class Snapshots {
    private Snapshots() {
    }

    static void save(FxRobot robot, String name) {
        try {
            Path out = Path.of("target", "snapshots", name + ".png");
            Files.createDirectories(out.getParent());
            robot.interact(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.isShowing()) {
                        try {
                            var img = w.getScene().snapshot(null);
                            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png",
                                    out.resolveSibling(name + "-" + Window.getWindows().indexOf(w) + ".png").toFile());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
