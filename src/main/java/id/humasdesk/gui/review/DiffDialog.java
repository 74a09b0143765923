package id.humasdesk.gui.review;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.review.RevisionCompare;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

/** Shows a comparison field by field: insertions underlined green, deletions struck through red. */
public final class DiffDialog {
    private final Messages m;

    public DiffDialog(Messages m) {
        this.m = m;
    }

    public static VBox render(Messages m, List<RevisionCompare.FieldDiff> diffs) {
        VBox fields = new VBox(12);
        fields.setId("diff-fields");
        boolean any = false;
        for (RevisionCompare.FieldDiff d : diffs) {
            if (!d.changed()) {
                continue;
            }
            any = true;
            Label name = new Label(m.get(d.field()));
            name.getStyleClass().add("section-label");
            TextFlow flow = new TextFlow();
            for (RevisionCompare.Segment s : d.segments()) {
                Text t = new Text(s.text());
                t.getStyleClass().add("diff-" + s.kind().name().toLowerCase(java.util.Locale.ROOT));
                flow.getChildren().add(t);
            }
            flow.setMaxWidth(720);
            fields.getChildren().addAll(name, flow);
        }
        if (!any) {
            fields.getChildren().add(new Label(m.get("history.noDifference")));
        }
        Label legend = new Label(m.get("history.legend"));
        legend.getStyleClass().add("hint");
        fields.getChildren().add(0, legend);
        fields.setPadding(new Insets(12));
        return fields;
    }

    public void show(Window owner, String title, List<RevisionCompare.FieldDiff> diffs) {
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(title);
        ScrollPane scroll = new ScrollPane(render(m, diffs));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(780, 520);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.show();
    }
}
