package id.humasdesk.gui.publish;

import id.humasdesk.logic.common.Messages;
import java.io.File;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;

/** Admin → Identitas Kantor…: the letterhead fields beside a live preview of the page and a card. */
public final class IdentityDialog {
    private static final double PAGE_WIDTH = 250;
    private static final double CARD_WIDTH = 150;
    private final IdentityViewModel vm;
    private final Messages m;

    public IdentityDialog(IdentityViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public void show(Window owner) {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(220, 300, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = field(form, row, "identity.officeName", vm.officeName, "identity-office-name");
        row = field(form, row, "identity.parentLine", vm.parentLine, "identity-parent");
        row = field(form, row, "identity.address", vm.address, "identity-address");
        row = field(form, row, "identity.phone", vm.phone, "identity-phone");
        row = field(form, row, "identity.email", vm.email, "identity-email");
        row = field(form, row, "identity.website", vm.website, "identity-website");
        row = field(form, row, "identity.socials", vm.socials, "identity-socials");
        row = field(form, row, "identity.headName", vm.headName, "identity-head-name");
        row = field(form, row, "identity.headTitle", vm.headTitle, "identity-head-title");
        form.add(new Label(m.get("identity.logo")), 0, row);
        form.add(imageButtons(owner, true), 1, row++);
        form.add(new Label(m.get("identity.signature")), 0, row);
        form.add(imageButtons(owner, false), 1, row++);
        form.add(new Label(m.get("identity.colours")), 0, row);
        form.add(new HBox(8, colour(vm.primaryColour), colour(vm.accentColour)), 1, row++);
        Label hint = new Label(m.get("identity.hint"));
        hint.setWrapText(true);
        form.add(hint, 0, row, 2, 1);

        // Fixed slots: the preview arrives after the window is laid out and must not push the buttons away.
        ImageView page = previewSlot("identity-preview-page", PAGE_WIDTH);
        ImageView card = previewSlot("identity-preview-card", CARD_WIDTH);
        StackPane pageSlot = slot(page, PAGE_WIDTH, PAGE_WIDTH * Math.sqrt(2));
        StackPane cardSlot = slot(card, CARD_WIDTH, CARD_WIDTH);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.setMaxWidth(CARD_WIDTH);
        problem.setStyle("-fx-text-fill: -color-danger-fg, #b00020;");
        problem.textProperty().bind(vm.previewProblem);
        vm.preview.addListener((o, a, p) -> {
            if (p != null) {
                page.setImage(SwingFXUtils.toFXImage(p.letterhead(), null));
                card.setImage(SwingFXUtils.toFXImage(p.card(), null));
            }
        });
        VBox previewBox = new VBox(6, new Label(m.get("identity.preview")),
                new HBox(10, pageSlot, new VBox(6, cardSlot, problem)));
        PauseTransition settle = new PauseTransition(Duration.millis(350));
        settle.setOnFinished(e -> vm.requestPreview());
        for (StringProperty p : vm.fields()) {
            p.addListener((o, a, b) -> settle.playFromStart());
        }
        HBox content = new HBox(16, form, previewBox);
        content.setPadding(new Insets(8));
        HBox.setHgrow(form, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setStyle("-fx-background-color: transparent;");

        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.setTitle(m.get("identity.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(scroll);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        d.getDialogPane().setPrefSize(Math.min(1100, screen.getWidth() - 40), Math.min(560, screen.getHeight() - 40));
        ButtonType save = new ButtonType(m.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, new ButtonType(m.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) d.getDialogPane().lookupButton(save);
        saveButton.setId("identity-save");
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(d::close);
        });
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.show();
    }

    private static ImageView previewSlot(String id, double width) {
        ImageView v = new ImageView();
        v.setId(id);
        v.setPreserveRatio(true);
        v.setFitWidth(width);
        return v;
    }

    private static StackPane slot(ImageView view, double width, double height) {
        StackPane p = new StackPane(view);
        p.setMinSize(width, height);
        p.setPrefSize(width, height);
        p.setMaxSize(width, height);
        p.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        p.setStyle("-fx-border-color: #d0d7de; -fx-background-color: white;");
        return p;
    }

    private int field(GridPane form, int row, String key, StringProperty value, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        form.add(new Label(m.get(key)), 0, row);
        form.add(t, 1, row);
        return row + 1;
    }

    private HBox imageButtons(Window owner, boolean logo) {
        Button choose = new Button(m.get("identity.choose"));
        Button clear = new Button(m.get("identity.clear"));
        StringProperty sha = logo ? vm.logoSha : vm.signatureSha;
        Label state = new Label();
        state.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> sha.get().isEmpty()
                ? m.get("identity.noImage") : m.get("identity.hasImage"), sha));
        clear.disableProperty().bind(sha.isEmpty());
        choose.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(m.get(logo ? "identity.logo" : "identity.signature"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("identity.images"), "*.png", "*.jpg",
                    "*.jpeg", "*.svg"));
            File f = fc.showOpenDialog(owner);
            if (f != null) {
                if (logo) {
                    vm.importLogo(f.toPath());
                } else {
                    vm.importSignature(f.toPath());
                }
            }
        });
        clear.setOnAction(e -> sha.set(""));
        HBox box = new HBox(8, choose, clear, state);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static ColorPicker colour(StringProperty hex) {
        ColorPicker p = new ColorPicker();
        p.setPrefWidth(130);
        Runnable fromText = () -> {
            try {
                p.setValue(Color.web(hex.get()));
            } catch (IllegalArgumentException e) {
                p.setValue(Color.GRAY);
            }
        };
        fromText.run();
        hex.addListener((o, a, b) -> {
            if (!b.equalsIgnoreCase(toHex(p.getValue()))) {
                fromText.run();
            }
        });
        p.valueProperty().addListener((o, a, c) -> {
            if (c != null && !toHex(c).equalsIgnoreCase(hex.get())) {
                hex.set(toHex(c));
            }
        });
        return p;
    }

    private static String toHex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
