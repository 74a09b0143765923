package id.humasdesk.gui.publish;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.publish.CardLayout;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.model.UserFacingException;
import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Terbitkan/Keluaran: save, open or copy each output of one release. */
public final class OutputsDialog {
    private final OutputsViewModel vm;
    private final Messages m;

    public OutputsDialog(OutputsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public void show(Window owner) {
        Label title = new Label();
        title.setId("outputs-title");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        title.setWrapText(true);
        title.textProperty().bind(vm.title);
        title.setMaxWidth(600);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label draftNote = new Label(m.get("outputs.draftOnly"));
        draftNote.setWrapText(true);
        draftNote.setStyle("-fx-text-fill: #b00020;");
        draftNote.visibleProperty().bind(vm.draft.and(vm.loaded));
        draftNote.managedProperty().bind(draftNote.visibleProperty());
        Label planned = new Label();
        planned.setWrapText(true);
        planned.textProperty().bind(vm.planned);
        planned.setMaxWidth(600);
        planned.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);
        int r = 0;
        for (OutputFormat f : new OutputFormat[] {OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.HTML,
            OutputFormat.WHATSAPP}) {
            rows.add(new Label(vm.label(f)), 0, r);
            rows.add(actions(owner, f), 1, r++);
        }
        ChoiceBox<CardLayout> layout = new ChoiceBox<>();
        layout.getItems().setAll(CardLayout.values());
        layout.setConverter(converter(l -> m.get(switch (l) {
            case BAND -> "outputs.layout.band";
            case OVERLAY -> "outputs.layout.overlay";
            case POSTER -> "outputs.layout.poster";
        })));
        layout.valueProperty().bindBidirectional(vm.layout);
        ChoiceBox<CardLayout.Size> size = new ChoiceBox<>();
        size.getItems().setAll(CardLayout.Size.values());
        size.setConverter(converter(z -> z.width() + " \u00D7 " + z.height()));
        size.valueProperty().bindBidirectional(vm.size);
        layout.valueProperty().addListener((o, a, b) -> vm.refreshCard());
        size.valueProperty().addListener((o, a, b) -> vm.refreshCard());
        HBox cardChoice = new HBox(8, layout, size, actions(owner, OutputFormat.CARD));
        cardChoice.setAlignment(Pos.CENTER_LEFT);
        rows.add(new Label(vm.label(OutputFormat.CARD)), 0, r);
        rows.add(cardChoice, 1, r);
        cardChoice.disableProperty().bind(vm.draft);
        ImageView card = new ImageView();
        card.setId("outputs-card-preview");
        card.setPreserveRatio(true);
        card.setFitHeight(300);
        vm.cardPreview.addListener((o, a, img) -> card.setImage(img == null ? null : SwingFXUtils.toFXImage(img, null)));
        Label status = new Label();
        status.setId("outputs-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.status);
        VBox box = new VBox(10, title, draftNote, planned, rows, card, status);
        box.setPadding(new Insets(8));
        box.setPrefWidth(620);

        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("outputs.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.show();
    }

    private HBox actions(Window owner, OutputFormat f) {
        Button save = new Button(m.get("outputs.save"));
        save.setId("outputs-save-" + f.name().toLowerCase(java.util.Locale.ROOT));
        save.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(vm.label(f));
            fc.setInitialFileName(vm.suggestedName(f));
            File file = fc.showSaveDialog(owner);
            if (file != null) {
                vm.save(f, file.toPath());
            }
        });
        HBox box = new HBox(8, save);
        if (f == OutputFormat.HTML || f == OutputFormat.WHATSAPP) {
            Button copy = new Button(m.get("outputs.copy"));
            copy.setId("outputs-copy-" + f.name().toLowerCase(java.util.Locale.ROOT));
            copy.setOnAction(e -> vm.copy(f, (rich, plain) -> {
                ClipboardContent c = new ClipboardContent();
                if (f == OutputFormat.HTML) {
                    c.putHtml(rich);
                }
                c.putString(plain);
                Clipboard.getSystemClipboard().setContent(c);
            }));
            box.getChildren().add(copy);
        } else {
            Button open = new Button(m.get("outputs.open"));
            open.setId("outputs-open-" + f.name().toLowerCase(java.util.Locale.ROOT));
            open.setOnAction(e -> vm.open(f, OutputsDialog::openInSystem));
            box.getChildren().add(open);
        }
        box.disableProperty().bind(vm.loaded.not().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.allows(f), vm.available)));
        return box;
    }

    /** Runs on the background thread: the desktop's viewer for the file type. */
    private static void openInSystem(Path file) throws java.io.IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new UserFacingException("error.publish.cannotOpen", file.toString());
        }
        Desktop.getDesktop().open(file.toFile());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
