package id.humasdesk.gui.library;

import id.humasdesk.logic.search.Highlight;
import id.humasdesk.logic.search.MatchRange;
import id.humasdesk.logic.search.SearchSnippet;
import id.humasdesk.model.ReleaseSummary;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The headline; for search results also the matching passage, with the matched words marked. */
final class HeadlineCell extends TableCell<ReleaseSummary, String> {
    private final LibraryViewModel vm;

    HeadlineCell(LibraryViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void updateItem(String headline, boolean empty) {
        super.updateItem(headline, empty);
        ReleaseSummary row = empty || getTableRow() == null ? null : getTableRow().getItem();
        SearchSnippet snippet = row == null ? null : vm.snippets().get(row.id());
        if (snippet == null) {
            setGraphic(null);
            setText(empty ? null : headline);
            return;
        }
        TextFlow head = flow(snippet.headline(), "snippet-headline");
        TextFlow context = flow(snippet.context(), "snippet-context");
        double width = getTableColumn().getWidth() - 12;
        VBox box = new VBox(1, head, context);
        head.setPrefWidth(width);
        context.setPrefWidth(width);
        box.setPrefSize(width, LibraryView.RANKED_ROW - 6);
        box.setMaxSize(width, LibraryView.RANKED_ROW - 6);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle(width, LibraryView.RANKED_ROW - 6);
        box.setClip(clip);
        setText(null);
        setGraphic(box);
    }

    private static TextFlow flow(Highlight h, String style) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(style);
        int at = 0;
        for (MatchRange r : h.matches()) {
            if (r.start() > at) {
                flow.getChildren().add(text(h.text().substring(at, r.start()), style));
            }
            Text hit = text(h.text().substring(r.start(), r.end()), style);
            hit.getStyleClass().add("snippet-match");
            flow.getChildren().add(hit);
            at = r.end();
        }
        if (at < h.text().length()) {
            flow.getChildren().add(text(h.text().substring(at), style));
        }
        return flow;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style + "-text");
        return t;
    }
}
