package id.humasdesk.gui.common;

import javafx.application.Platform;
import javafx.scene.Node;

/** Focus requests that work whether or not the node is on screen yet. */
public final class Focus {
    private Focus() {
    }

    /** Focuses the node now if it is in a window, else as soon as it gets one. */
    public static void request(Node node) {
        if (node.getScene() != null && node.getScene().getWindow() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                    javafx.scene.Scene a, javafx.scene.Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
