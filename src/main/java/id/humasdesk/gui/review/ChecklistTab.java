package id.humasdesk.gui.review;

import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.check.RuleLevel;
import id.humasdesk.logic.check.RuleResult;
import id.humasdesk.logic.check.RuleStatus;
import id.humasdesk.logic.common.Messages;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Periksa tab: the checklist of the release (each rule passed or not, required or
 * recommended, with its reasons) and every writing finding; choosing a finding selects its word.
 */
public final class ChecklistTab {
    static final int MAX_LISTED = 200;
    private final ChecklistViewModel vm;
    private final ObservableList<Finding> findings;
    private final Consumer<Finding> onChosen;
    private final Messages m;
    private final VBox rules = new VBox(6);
    private final VBox findingRows = new VBox(2);
    private final ScrollPane root;

    public ChecklistTab(ChecklistViewModel vm, ObservableList<Finding> findings, Consumer<Finding> onChosen,
            Runnable onRefresh, Messages m) {
        this.vm = vm;
        this.findings = findings;
        this.onChosen = onChosen;
        this.m = m;
        Label refusal = new Label();
        refusal.setId("check-refusal");
        refusal.setWrapText(true);
        refusal.getStyleClass().add("check-refusal");
        refusal.textProperty().bind(vm.refusalProperty());
        refusal.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        refusal.setMaxWidth(Double.MAX_VALUE);
        Label summary = new Label();
        summary.setId("check-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Button refresh = new Button(m.get("check.panel.refresh"));
        refresh.setId("check-refresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.disableProperty().bind(vm.checkingProperty());
        refresh.setOnAction(e -> onRefresh.run());
        HBox top = new HBox(8, summary, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        rules.setId("check-rules");
        findingRows.setId("check-findings");
        Label rulesTitle = new Label(m.get("check.panel.rules"));
        rulesTitle.getStyleClass().add("section-label");
        Label findingsTitle = new Label();
        findingsTitle.getStyleClass().add("section-label");
        findingsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> m.get("check.panel.findings", findings.stream().filter(Finding::underlined).count()), findings));
        VBox box = new VBox(10, refusal, top, rulesTitle, rules, findingsTitle, findingRows);
        box.setPadding(new Insets(10));
        box.setFillWidth(true);
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("check-tab");
        vm.rules().addListener((ListChangeListener<RuleResult>) c -> showRules());
        vm.refusalProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) {
                root.setVvalue(0);
            }
        });
        findings.addListener((ListChangeListener<Finding>) c -> showFindings());
        showRules();
        showFindings();
    }

    private void showRules() {
        rules.getChildren().setAll(vm.rules().stream().map(this::ruleRow).toList());
    }

    private Node ruleRow(RuleResult r) {
        Label mark = new Label(switch (r.status()) {
            case PASSED -> "✓";
            case FAILED -> "✗";
            case NOT_APPLICABLE -> "–";
        });
        mark.getStyleClass().add("check-mark");
        mark.setMinWidth(18);
        Label name = new Label(m.label(r.rule()));
        name.setWrapText(true);
        name.getStyleClass().add("check-rule-name");
        Label level = new Label(m.label(r.level()));
        level.getStyleClass().add("check-level");
        Label status = new Label(m.label(r.status()));
        status.getStyleClass().add("hint");
        VBox text = new VBox(2, name, new HBox(6, level, status));
        for (String reason : vm.reasons(r)) {
            Label why = new Label(reason);
            why.setWrapText(true);
            why.getStyleClass().add("check-reason");
            text.getChildren().add(why);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(6, mark, text);
        row.getStyleClass().addAll("check-rule", "check-" + r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (r.status() == RuleStatus.FAILED) {
            row.getStyleClass().add(r.level() == RuleLevel.REQUIRED ? "check-blocking" : "check-warning");
        }
        row.setId("check-rule-" + r.rule().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return row;
    }

    private void showFindings() {
        findingRows.getChildren().clear();
        if (findings.isEmpty()) {
            Label none = new Label(m.get("check.panel.noFindings"));
            none.setWrapText(true);
            none.getStyleClass().add("hint");
            findingRows.getChildren().add(none);
            return;
        }
        // Sure findings first, then the "perhaps" ones under their own heading, each group in reading order.
        java.util.List<Finding> sure = findings.stream().filter(Finding::underlined).limit(MAX_LISTED).toList();
        java.util.List<Finding> perhaps = findings.stream().filter(f -> !f.underlined())
                .limit(Math.max(0, MAX_LISTED - sure.size())).toList();
        sure.stream().map(this::findingRow).forEach(findingRows.getChildren()::add);
        if (!perhaps.isEmpty()) {
            Label title = new Label(m.get("check.panel.perhapsTitle", findings.stream().filter(f -> !f.underlined()).count()));
            title.getStyleClass().addAll("section-label", "perhaps-title");
            title.setId("check-perhaps-title");
            Label hint = new Label(m.get("check.panel.perhapsHint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            findingRows.getChildren().addAll(title, hint);
            perhaps.stream().map(this::findingRow).forEach(findingRows.getChildren()::add);
        }
        if (findings.size() > MAX_LISTED) {
            Label more = new Label(m.get("check.panel.more", findings.size() - MAX_LISTED));
            more.getStyleClass().add("hint");
            findingRows.getChildren().add(more);
        }
    }

    private Node findingRow(Finding f) {
        Button row = new Button();
        Region marker = new Region();
        marker.getStyleClass().addAll("finding-marker", "marker-" + f.kind().name().toLowerCase(Locale.ROOT));
        marker.setMinSize(4, 28);
        marker.setPrefWidth(4);
        String fix = f.suggestions().isEmpty() ? "" : " → " + f.suggestions().get(0);
        Label word = new Label(f.word() + fix);
        word.getStyleClass().add("finding-word");
        // under the "perhaps" heading the row needs no label of its own; tooltip and screen readers keep it
        String perhapsPrefix = f.underlined() ? "" : m.get("check.panel.perhaps") + " · ";
        Label where = new Label(where(f) + " · " + m.label(f.kind()));
        where.getStyleClass().add("hint");
        if (!f.underlined()) {
            row.getStyleClass().add("finding-perhaps");
        }
        VBox text = new VBox(1, word, where);
        HBox graphic = new HBox(8, marker, text);
        graphic.setAlignment(Pos.CENTER_LEFT);
        row.setGraphic(graphic);
        row.getStyleClass().add("finding-row");
        row.setMaxWidth(Double.MAX_VALUE);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setOnAction(e -> onChosen.accept(f));
        // the button shows only a graphic: screen readers and tooltips get its words
        row.setAccessibleText(word.getText() + ", " + perhapsPrefix + where.getText());
        // a long office name and its fix end in "..." on a narrow window: the tooltip shows them whole
        row.setTooltip(new javafx.scene.control.Tooltip(word.getText() + "\n" + perhapsPrefix + where.getText()));
        return row;
    }

    private String where(Finding f) {
        boolean listItem = f.field() == CheckField.NARASUMBER_TITLE || f.field() == CheckField.NARASUMBER_TOPIC
                || f.field() == CheckField.PHOTO_CAPTION;
        return listItem ? m.get("check.panel.whereItem", m.label(f.field()), f.item() + 1, f.line())
                : m.get("check.panel.where", m.label(f.field()), f.line());
    }

    public Node root() {
        return root;
    }
}
