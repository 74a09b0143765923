package id.humasdesk.gui.editor;

import id.humasdesk.logic.common.Messages;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Photos with thumbnail, caption and credit. Thumbnails load in the background. */
final class PhotoList {
    private final VBox root = new VBox(8);
    private final EditorViewModel vm;
    private final Messages m;

    PhotoList(EditorViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        vm.photos().addListener((ListChangeListener<PhotoRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasReplaced() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
                vm.fetchPhotos(this::rebuild);
            }
        });
        rebuild();
        vm.fetchPhotos(this::rebuild);
    }

    private void rebuild() {
        root.getChildren().clear();
        if (vm.photos().isEmpty()) {
            Label none = new Label(m.get("editor.photos.empty"));
            none.getStyleClass().add("hint");
            root.getChildren().add(none);
        }
        for (PhotoRow row : vm.photos()) {
            root.getChildren().add(item(row));
        }
    }

    private Node item(PhotoRow row) {
        Path file = vm.photoFile(row);
        StackPane thumb = new StackPane();
        thumb.setPrefSize(120, 80);
        thumb.setMinSize(120, 80);
        thumb.getStyleClass().add("thumb");
        Image img = new Image(file.toUri().toString(), 120, 80, true, true, true);
        ImageView view = new ImageView(img);
        Label missing = new Label(m.get("editor.photo.missing"));
        missing.setWrapText(true);
        missing.getStyleClass().add("field-issue");
        missing.visibleProperty().bind(img.errorProperty());
        thumb.getChildren().addAll(view, missing);
        TextField caption = new TextField();
        caption.setPromptText(m.get("editor.photo.caption"));
        caption.setAccessibleText(m.get("editor.photo.caption"));
        caption.textProperty().bindBidirectional(row.captionProperty());
        TextField credit = new TextField();
        credit.setPromptText(m.get("editor.photo.credit"));
        credit.setAccessibleText(m.get("editor.photo.credit"));
        credit.textProperty().bindBidirectional(row.creditProperty());
        Label size = new Label(String.format(m.locale(), "%.1f MB", row.photo().size() / (1024.0 * 1024.0)));
        size.getStyleClass().add("hint");
        VBox fields = new VBox(6, caption, credit, size);
        HBox.setHgrow(fields, Priority.ALWAYS);
        Button remove = new Button(m.get("editor.photo.remove"));
        remove.setOnAction(e -> vm.photos().remove(row));
        HBox box = new HBox(10, thumb, fields, remove);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(4));
        return box;
    }

    Node root() {
        return root;
    }
}
