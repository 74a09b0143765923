package id.humasdesk.gui.editor;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.review.ChecklistTab;
import id.humasdesk.gui.review.ReviewPanel;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ContentIssue;
import id.humasdesk.model.Dateline;
import id.humasdesk.model.ElectionStages;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The release form: one column that reads top to bottom like the release itself. */
public final class EditorView {
    private final BorderPane root = new BorderPane();
    private final EditorViewModel vm;
    private final Messages m;
    private final CheckedText headline;
    private final CheckedText lead;
    private final CheckedText body;
    private final Map<CheckField, Node> otherFields = new EnumMap<>(CheckField.class);
    private ScrollPane form;
    private final TableView<NarasumberRow> narasumber;

    public EditorView(EditorViewModel vm, Messages m, Formats formats) {
        this.vm = vm;
        this.m = m;
        SpellingViewModel spelling = vm.spelling();
        narasumber = new TableView<>(vm.narasumber());
        headline = new CheckedText(CheckField.HEADLINE, vm.headlineProperty(),
                CheckedText.Look.singleLine("editor-headline", m.get("editor.headline.prompt")), spelling, m,
                vm.editableProperty());
        // Not "headline-field": a context menu on the area would inherit that large bold font.
        headline.area().getStyleClass().add("headline-area");
        lead = new CheckedText(CheckField.LEAD, vm.leadProperty(),
                CheckedText.Look.area("editor-lead", m.get("editor.lead.prompt"), 78), spelling, m, vm.editableProperty());
        body = new CheckedText(CheckField.BODY, vm.bodyProperty(),
                CheckedText.Look.area("editor-body", m.get("editor.body.prompt"), 300), spelling, m, vm.editableProperty());
        ToolBar bar = toolbar();
        form = form();
        // Not the root: a Tab drives its content's disable state itself.
        bar.disableProperty().bind(vm.loadedProperty().not());
        form.disableProperty().bind(vm.loadedProperty().not());
        ChecklistTab checks = new ChecklistTab(vm.checklist(), spelling.findings(), this::reveal, vm::refreshChecks, m);
        ReviewPanel panel = new ReviewPanel(vm.review(), m, formats, () -> vm.content().paragraphs().size(), checks);
        SplitPane split = new SplitPane(form, panel.root());
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(panel.root(), false);
        root.setTop(new VBox(bar, lockBanner()));
        root.setCenter(split);
        root.setBottom(statusBar());
        vm.conflictProperty().addListener((o, a, c) -> {
            if (c != null) {
                javafx.application.Platform.runLater(() -> new ConflictDialog(vm, m).show(root.getScene().getWindow(), c));
            }
        });
    }

    private Node lockBanner() {
        Label note = new Label();
        note.setId("editor-lock-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.lockNoteProperty());
        Button takeOver = new Button(m.get("editor.takeOver"));
        takeOver.setId("editor-take-over");
        takeOver.visibleProperty().bind(vm.canTakeOverProperty());
        takeOver.managedProperty().bind(takeOver.visibleProperty());
        takeOver.setOnAction(e -> vm.takeOver());
        HBox banner = new HBox(12, note, takeOver);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.getStyleClass().add("notice");
        banner.visibleProperty().bind(vm.lockNoteProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private ToolBar toolbar() {
        Button save = new Button(m.get("editor.save"));
        save.setId("editor-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()).or(vm.editableProperty().not()));
        save.setOnAction(e -> vm.save());
        Button importText = new Button(m.get("editor.importText"));
        importText.setId("editor-import");
        importText.setOnAction(e -> chooseTextFile());
        Button photo = new Button(m.get("editor.addPhoto"));
        photo.setId("editor-add-photo");
        photo.setOnAction(e -> choosePhoto());
        photo.disableProperty().bind(vm.editableProperty().not());
        importText.disableProperty().bind(vm.editableProperty().not());
        Label type = new Label();
        type.textProperty().bind(Bindings.createStringBinding(() -> m.label(vm.typeProperty().get())
                + (vm.releaseProperty().get() == null ? "" : " · " + m.label(vm.releaseProperty().get().status())),
                vm.typeProperty(), vm.releaseProperty()));
        type.getStyleClass().add("pill");
        Label saved = new Label();
        saved.setId("editor-saved-note");
        saved.textProperty().bind(vm.savedNoteProperty());
        saved.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(save, importText, photo, spacer, saved, type);
    }

    private ScrollPane form() {
        TextField sub = text("editor-subheadline", vm.subheadlineProperty(), m.get("editor.subheadline.prompt"));
        TextField place = text("editor-place", vm.datelinePlaceProperty(), m.get("editor.place.prompt"));
        DatePicker date = new DatePicker();
        date.setId("editor-date");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"), null));
        date.setPromptText(m.get("date.prompt"));
        date.setAccessibleText(m.get("editor.date"));
        date.valueProperty().bindBidirectional(vm.datelineDateProperty());
        date.setPrefWidth(170);
        date.disableProperty().bind(vm.editableProperty().not());
        Label preview = new Label();
        preview.getStyleClass().add("hint");
        preview.textProperty().bind(Bindings.createStringBinding(() -> Dateline.render(
                vm.datelinePlaceProperty().get(), vm.datelineDateProperty().get()),
                vm.datelinePlaceProperty(), vm.datelineDateProperty()));
        HBox.setHgrow(place, Priority.ALWAYS);
        HBox dateline = new HBox(8, place, date);
        ComboBox<String> tahapan = new ComboBox<>(FXCollections.observableArrayList(ElectionStages.SUGGESTIONS));
        tahapan.setId("editor-tahapan");
        tahapan.setEditable(true);
        tahapan.setMaxWidth(Double.MAX_VALUE);
        tahapan.valueProperty().bindBidirectional(vm.tahapanProperty());
        tahapan.disableProperty().bind(vm.editableProperty().not());
        Node narasumberBox = narasumberTable();
        TextField tags = text("editor-tags", vm.tagsProperty(), m.get("editor.tags.prompt"));
        TextField contact = text("editor-contact", vm.contactPersonProperty(), m.get("editor.contact.prompt"));
        TextField author = text("editor-author", vm.authorLineProperty(), "");
        TextField closing = text("editor-closing", vm.closingProperty(), "");
        otherFields.put(CheckField.SUBHEADLINE, sub);
        otherFields.put(CheckField.DATELINE, place);
        otherFields.put(CheckField.CLOSING, closing);
        headline.onTab(sub::requestFocus, () -> { });
        lead.onTab(() -> body.area().requestFocus(), place::requestFocus);
        body.onTab(() -> narasumber.requestFocus(), () -> lead.area().requestFocus());

        VBox column = new VBox(6,
                section(m.get("editor.headline"), headline.node(), ContentIssue.Field.HEADLINE),
                section(m.get("editor.subheadline"), sub, null),
                section(m.get("editor.dateline"), new VBox(4, dateline, preview), ContentIssue.Field.DATELINE),
                section(m.get("editor.lead"), lead.node(), ContentIssue.Field.LEAD),
                section(m.get("editor.body"), body.node(), ContentIssue.Field.BODY),
                section(m.get("editor.narasumber"), narasumberBox, ContentIssue.Field.NARASUMBER),
                section(m.get("editor.photos"), new PhotoList(vm, m).root(), ContentIssue.Field.PHOTOS),
                twoColumns(section(m.get("editor.tahapan"), tahapan, null),
                        section(m.get("editor.tags"), tags, null)),
                section(m.get("editor.contact"), contact, ContentIssue.Field.CONTACT),
                twoColumns(section(m.get("editor.author"), author, null),
                        section(m.get("editor.closing"), closing, null)));
        column.setPadding(new Insets(16, 24, 24, 24));
        column.setMaxWidth(960);
        column.getStyleClass().add("editor-column");
        HBox center = new HBox(column);
        center.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(column, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        return scroll;
    }

    private Node narasumberTable() {
        TableView<NarasumberRow> table = narasumber;
        table.setId("editor-narasumber");
        table.editableProperty().bind(vm.editableProperty());
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("editor.narasumber.empty")));
        table.getColumns().setAll(java.util.List.of(
                editable(m.get("editor.narasumber.name"), NarasumberRow::nameProperty, 200),
                editable(m.get("editor.narasumber.title"), NarasumberRow::titleProperty, 260),
                editable(m.get("editor.narasumber.topic"), NarasumberRow::topicProperty, 260)));
        Button add = new Button(m.get("editor.narasumber.add"));
        add.setId("editor-narasumber-add");
        add.disableProperty().bind(vm.editableProperty().not());
        add.setOnAction(e -> {
            vm.addNarasumber();
            table.getSelectionModel().selectLast();
            table.edit(vm.narasumber().size() - 1, table.getColumns().get(0));
        });
        Button remove = new Button(m.get("editor.narasumber.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.editableProperty().not()));
        remove.setOnAction(e -> vm.narasumber().remove(table.getSelectionModel().getSelectedItem()));
        return new VBox(6, table, new HBox(8, add, remove));
    }

    private static TableColumn<NarasumberRow, String> editable(String title,
            java.util.function.Function<NarasumberRow, StringProperty> prop, double width) {
        TableColumn<NarasumberRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> prop.apply(cd.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }

    private Node section(String label, Node field, ContentIssue.Field issueField) {
        Label l = new Label(label);
        l.getStyleClass().add("section-label");
        Node input = Controls.input(field);
        l.setLabelFor(input == null ? field : input);
        VBox box = new VBox(4, l, field);
        if (issueField != null) {
            StringProperty issue = vm.issue(issueField);
            javafx.beans.property.BooleanProperty touched = new javafx.beans.property.SimpleBooleanProperty();
            field.focusWithinProperty().addListener((o, was, now) -> touched.set(touched.get() || was && !now));
            var show = issue.isNotEmpty().and(touched.or(vm.showAllIssuesProperty()));
            Label err = new Label();
            err.getStyleClass().add("field-issue");
            err.setId("issue-" + issueField.name().toLowerCase(java.util.Locale.ROOT));
            err.textProperty().bind(issue);
            err.visibleProperty().bind(show);
            err.managedProperty().bind(err.visibleProperty());
            javafx.css.PseudoClass invalid = javafx.css.PseudoClass.getPseudoClass("invalid");
            show.addListener((o, a, b) -> field.pseudoClassStateChanged(invalid, b));
            box.getChildren().add(err);
        }
        box.setPadding(new Insets(6, 0, 6, 0));
        return box;
    }

    private static Node twoColumns(Node a, Node b) {
        HBox row = new HBox(16, a, b);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        ((Region) a).setMaxWidth(Double.MAX_VALUE);
        ((Region) b).setMaxWidth(Double.MAX_VALUE);
        ((Region) a).setPrefWidth(400);
        ((Region) b).setPrefWidth(400);
        return row;
    }

    private HBox statusBar() {
        Label counts = new Label();
        counts.setId("editor-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> m.get("editor.counts",
                vm.wordsProperty().get(), vm.charactersProperty().get()), vm.wordsProperty(), vm.charactersProperty()));
        Label readOnly = new Label(m.get("editor.readOnly"));
        readOnly.getStyleClass().add("pill");
        readOnly.setId("editor-read-only");
        readOnly.visibleProperty().bind(vm.editableProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, counts, spacer, readOnly);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private TextField text(String id, StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        f.editableProperty().bind(vm.editableProperty());
        return f;
    }

    /** Selects a finding's word in its field (chosen in the Periksa tab). */
    private void reveal(Finding f) {
        switch (f.field()) {
            case HEADLINE -> reveal(headline, f);
            case LEAD -> reveal(lead, f);
            case BODY -> reveal(body, f);
            case NARASUMBER_TITLE, NARASUMBER_TOPIC -> {
                if (f.item() < narasumber.getItems().size()) {
                    scrollTo(narasumber);
                    narasumber.requestFocus();
                    narasumber.getSelectionModel().select(f.item());
                }
            }
            default -> {
                Node n = otherFields.get(f.field());
                if (n instanceof TextField t && SpellingViewModel.stillThere(f, t.getText())) {
                    scrollTo(t);
                    t.requestFocus();
                    t.selectRange(f.offset(), f.end());
                }
            }
        }
    }

    private void reveal(CheckedText field, Finding f) {
        scrollTo(field.node());
        field.select(f);
    }

    /** Scrolls the form so that the node's top is in view. */
    private void scrollTo(Node n) {
        Node content = form.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = form.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
        form.setVvalue(Math.max(0, Math.min(1, (y - 40) / (contentHeight - viewport))));
    }

    private void chooseTextFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("editor.importText"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("editor.textFiles"), "*.txt"));
        File f = fc.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Reads the file off the FX thread, then fills the form. */
    public void importFile(Path file) {
        vm.importTextFile(file);
    }

    private void choosePhoto() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("editor.addPhoto"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("editor.imageFiles"), "*.jpg", "*.jpeg",
                "*.png", "*.JPG", "*.JPEG", "*.PNG"));
        File f = fc.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            vm.addPhoto(f.toPath());
        }
    }

    public void focusFirstField() {
        id.humasdesk.gui.common.Focus.request(headline.area());
    }

    public Parent root() {
        return root;
    }

}
