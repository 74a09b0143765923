package id.humasdesk.gui.hq;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.review.DiffDialog;
import id.humasdesk.logic.bundle.BundleInbox;
import id.humasdesk.logic.bundle.InboxRepository.ConflictRow;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.draft.MediaStore;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The two read-only views of the inbox: one received release, and a conflict with both copies
 * side by side and their word differences. Nothing here can change what was received.
 */
public final class ReceivedDialogs {
    private final Messages m;
    private final Formats formats;
    private final ReleaseDocument document;

    public ReceivedDialogs(Messages m, Formats formats, MediaStore media) {
        this.m = m;
        this.formats = formats;
        this.document = new ReleaseDocument(m, formats, p -> media.path(p.sha256(), p.extension()));
    }

    /** One received release, as the office sent it; the text can be copied, not changed. */
    public void showRelease(Window owner, BundleInbox.Detail detail, List<String> meta) {
        ScrollPane scroll = scroll(document.render(detail.item(), meta, detail.trail()));
        scroll.setId("hq-viewer");
        Button copy = new Button(m.get("bundle.hq.copyText"));
        copy.setId("hq-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(ReleaseDocument.plainText(detail.item()));
            Clipboard.getSystemClipboard().setContent(c);
        });
        Label readOnly = new Label(m.get("bundle.hq.readOnly"));
        readOnly.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, readOnly, spacer, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 6, 0));
        BorderPane content = new BorderPane(scroll);
        content.setTop(top);
        open(owner, m.get("bundle.hq.viewerTitle", detail.item().content().headline()), content, 760);
    }

    /** Both copies of a conflicting version side by side, and what differs word by word. */
    public void showConflict(Window owner, HqViewModel.Comparison c) {
        ConflictRow row = c.pair().row();
        VBox held = document.render(c.pair().held(), List.of(m.get("bundle.hq.conflictHeld", c.pair().held().version())),
                null);
        VBox kept = document.render(c.pair().kept(), List.of(m.get("bundle.hq.conflictKept", row.version(),
                formats.dateTime(row.detectedAt()), row.bundleId())), null);
        SplitPane sides = new SplitPane(scroll(held), scroll(kept));
        sides.setId("hq-conflict-sides");
        Tab side = new Tab(m.get("bundle.hq.sideBySide"), sides);
        Tab diff = new Tab(m.get("bundle.hq.wordDiff"), scroll(DiffDialog.render(m, c.diffs())));
        TabPane tabs = new TabPane(side, diff);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        open(owner, m.get("bundle.hq.conflictTitle", row.officeCode(), row.version()), tabs, 1000);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    private void open(Window owner, String title, Node content, double width) {
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        if (owner != null) {
            d.initOwner(owner);
        }
        d.initModality(Modality.NONE);
        d.setTitle(title);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefSize(Math.min(width, screen.getWidth() - 60), Math.min(640, screen.getHeight() - 80));
        var css = ReceivedDialogs.class.getResource(HqView.STYLESHEET);
        if (css != null) {
            d.getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.show();
    }
}
