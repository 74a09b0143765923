package id.humasdesk.gui.review;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.Prompts;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.AuditEvent;
import id.humasdesk.model.Comment;
import id.humasdesk.model.Revision;
import id.humasdesk.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right-hand panel of the editor: review moves and comments, revisions, history, checklist. */
public final class ReviewPanel {
    private static final List<Transition> ORDER = List.of(Transition.SUBMIT, Transition.APPROVE, Transition.SCHEDULE,
            Transition.REQUEST_CHANGES, Transition.RECALL, Transition.CORRECT, Transition.REOPEN, Transition.WITHDRAW);
    private final ReviewViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final Supplier<Integer> paragraphCount;
    private final TabPane root = new TabPane();

    public ReviewPanel(ReviewViewModel vm, Messages m, Formats formats, Supplier<Integer> paragraphCount,
            ChecklistTab checks) {
        this.vm = vm;
        this.m = m;
        this.formats = formats;
        this.paragraphCount = paragraphCount;
        Tab review = new Tab(m.get("review.tab"), reviewTab());
        review.setId("tab-review");
        Tab revisions = new Tab(m.get("history.revisions"), revisionsTab());
        revisions.setId("tab-revisions");
        Tab history = new Tab(m.get("history.audit"), historyTab());
        history.setId("tab-history");
        Tab check = new Tab(m.get("check.panel.tab"), checks.root());
        check.setId("tab-check");
        root.getTabs().addAll(review, revisions, history, check);
        // A refused submit or approve shows which rules stand in the way.
        vm.checklist().refusalProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) {
                root.getSelectionModel().select(check);
            }
        });
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setPrefWidth(340);
        root.setMinWidth(280);
        root.getStyleClass().add("side-panel");
    }

    private Node reviewTab() {
        Label status = new Label();
        status.getStyleClass().add("pill");
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.releaseProperty().get() == null
                ? m.get("review.notSaved") : m.label(vm.releaseProperty().get().status()), vm.releaseProperty()));
        FlowPane actions = new FlowPane(6, 6);
        actions.setId("review-actions");
        vm.availableProperty().addListener((o, a, moves) -> {
            actions.getChildren().clear();
            for (Transition t : ORDER) {
                if (moves.contains(t)) {
                    Button b = new Button(m.label(t));
                    b.setId("review-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                    if (t == Transition.APPROVE || t == Transition.SUBMIT || t == Transition.SCHEDULE) {
                        b.getStyleClass().add("accent");
                    }
                    b.setOnAction(e -> act(t));
                    actions.getChildren().add(b);
                }
            }
        });
        ListView<Comment> list = new ListView<>(vm.comments());
        list.setId("review-comments");
        list.setPlaceholder(new Label(m.get("review.noComments")));
        list.setCellFactory(v -> new CommentCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        ComboBox<Integer> anchor = new ComboBox<>();
        anchor.setId("review-anchor");
        anchor.setConverter(Controls.converter(this::anchorLabel));
        anchor.setOnShowing(e -> {
            List<Integer> items = new ArrayList<>();
            items.add(null);
            for (int i = 0; i <= paragraphCount.get(); i++) {
                items.add(i);
            }
            anchor.setItems(FXCollections.observableArrayList(items));
        });
        anchor.setPromptText(anchorLabel(null));
        anchor.setMaxWidth(Double.MAX_VALUE);
        TextArea text = new TextArea();
        text.setId("review-comment-text");
        text.setPromptText(m.get("review.comment.prompt"));
        text.setPrefRowCount(3);
        text.setWrapText(true);
        Button send = new Button(m.get("review.comment.send"));
        send.setId("review-comment-send");
        send.disableProperty().bind(text.textProperty().isEmpty().or(vm.releaseProperty().isNull()));
        send.setOnAction(e -> {
            vm.comment(anchor.getValue(), null, text.getText());
            text.clear();
        });
        anchor.setAccessibleText(m.get("review.comment.anchor"));
        text.setAccessibleText(m.get("review.comment.prompt"));
        VBox box = new VBox(8, status, actions, Controls.labelFor(m.get("review.comments"), list), list, anchor, text,
                send);
        box.setPadding(new Insets(10));
        return box;
    }

    private String anchorLabel(Integer p) {
        if (p == null) {
            return m.get("review.anchor.general");
        }
        return p == 0 ? m.get("editor.lead") : m.get("review.anchor.paragraph", p);
    }

    private void act(Transition t) {
        if (t == Transition.SCHEDULE) {
            vm.requestSchedule();
            return;
        }
        if (!t.needsReason()) {
            vm.move(t, "");
            return;
        }
        Optional<String> reason = Prompts.reason(root.getScene().getWindow(), m, m.label(t), m.get("review.reason"));
        reason.ifPresent(s -> vm.move(t, s));
    }

    private Node revisionsTab() {
        ListView<Revision> list = new ListView<>(vm.revisions());
        list.setId("review-revisions");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : m.get("history.revision", r.number(), vm.nameOf(r.savedBy()),
                        formats.dateTime(r.savedAt())));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button compare = new Button(m.get("history.compare"));
        compare.setId("review-compare");
        compare.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).lessThan(1));
        compare.setOnAction(e -> {
            List<Revision> sel = List.copyOf(list.getSelectionModel().getSelectedItems());
            Revision a = sel.get(0);
            Revision b = sel.size() > 1 ? sel.get(1) : vm.revisions().get(vm.revisions().size() - 1);
            vm.diff(a, b, diffs -> new DiffDialog(m).show(root.getScene().getWindow(), m.get("history.compareTitle",
                    Math.min(a.number(), b.number()), Math.max(a.number(), b.number())), diffs));
        });
        Button restore = new Button(m.get("history.restore"));
        restore.setId("review-restore");
        restore.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        restore.setOnAction(e -> vm.restore(list.getSelectionModel().getSelectedItem()));
        Label hint = new Label(m.get("history.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox box = new VBox(8, hint, list, new HBox(8, compare, restore));
        box.setPadding(new Insets(10));
        return box;
    }

    private Node historyTab() {
        ListView<AuditEvent> list = new ListView<>(vm.history());
        list.setId("review-history");
        list.setCellFactory(v -> new AuditCell(m, formats, false));
        VBox box = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    public Node root() {
        return root;
    }

    /** A comment with its author, anchor, time and a resolve toggle. */
    private final class CommentCell extends ListCell<Comment> {
        @Override
        protected void updateItem(Comment c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label(c.authorName() + " · " + formats.dateTime(c.createdAt())
                    + (c.paragraph() == null ? "" : " · " + anchorLabel(c.paragraph())));
            head.getStyleClass().add("hint");
            Label body = new Label((c.kind() == Comment.Kind.CHANGE_REQUEST ? m.get("review.changeRequest") + ": " : "")
                    + c.body());
            body.setWrapText(true);
            body.setMaxWidth(260);
            if (c.kind() == Comment.Kind.CHANGE_REQUEST && c.open()) {
                body.getStyleClass().add("change-request");
            }
            Button toggle = new Button(c.open() ? m.get("review.resolve") : m.get("review.reopen"));
            toggle.getStyleClass().add("small");
            toggle.setOnAction(e -> vm.resolve(c, c.open()));
            Label state = new Label(c.open() ? "" : m.get("review.resolvedBy", c.resolvedByName()));
            state.getStyleClass().add("hint");
            VBox v = new VBox(3, head, body, new HBox(8, toggle, state));
            if (c.parentId() != null) {
                v.setPadding(new Insets(0, 0, 0, 16));
            }
            if (!c.open()) {
                v.setOpacity(0.6);
            }
            setGraphic(v);
            setText(null);
        }
    }
}
