import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of packaging/measure-startup.sh: a bare JavaFX window (one label, Modena), started
 * on the app-image's own runtime with its JVM flags. Prints startup_ms=<n> the way the app does
 * (process start from /proc, first pulse after the window showed) and exits.
 */
public final class BareWindow extends Application {
    private static final long START = processStart();

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("HumasDesk")), 900, 600));
        stage.setOnShown(e -> Platform.runLater(() -> {
            System.out.println("startup_ms=" + (System.currentTimeMillis() - START));
            System.out.flush();
            Platform.exit();
        }));
        stage.show();
    }

    /** Uptime minus process age (exact to 10 ms), as the app's ProcessStart does. */
    private static long processStart() {
        long now = System.currentTimeMillis();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
            double up = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).trim().split("\\s+")[0]);
            return now - (Math.round(up * 1000) - Long.parseLong(f[19]) * 10);
        } catch (Exception e) {
            return ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(now);
        }
    }
}
