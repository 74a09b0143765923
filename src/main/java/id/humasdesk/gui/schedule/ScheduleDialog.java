package id.humasdesk.gui.schedule;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Release;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

/** Choose channels and times for an approved release. */
public final class ScheduleDialog {
    private final ScheduleViewModel vm;
    private final Messages m;

    public ScheduleDialog(ScheduleViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public void show(Window owner, Consumer<Release> done) {
        VBox list = new VBox(10);
        list.setId("schedule-rows");
        vm.rows().addListener((javafx.collections.ListChangeListener<ChannelRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved();
            }
            if (structural) {
                list.getChildren().setAll(vm.rows().stream().map(this::row).toList());
            }
        });
        CheckBox embargo = new CheckBox(m.get("schedule.embargo"));
        embargo.setId("schedule-embargo");
        embargo.selectedProperty().bindBidirectional(vm.embargoProperty());
        DatePicker embargoDate = datePicker();
        embargoDate.valueProperty().bindBidirectional(vm.embargoDateProperty());
        TextField embargoTime = timeField();
        embargoTime.textProperty().bindBidirectional(vm.embargoTimeProperty());
        embargoDate.disableProperty().bind(embargo.selectedProperty().not());
        embargoTime.disableProperty().bind(embargo.selectedProperty().not());
        Label zone = new Label();
        zone.textProperty().bind(vm.zoneLabelProperty());
        HBox embargoRow = new HBox(8, embargo, embargoDate, embargoTime, zone);
        embargoRow.setAlignment(Pos.CENTER_LEFT);
        Label head = new Label(vm.release().number() + " — " + vm.release().content().headline());
        head.getStyleClass().add("section-label");
        head.setWrapText(true);
        Label hint = new Label(m.get("schedule.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 420);
        VBox content = new VBox(10, head, hint, embargoRow, scroll);
        content.setPadding(new Insets(8));
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("schedule.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get("schedule.submit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("schedule-submit");
        okButton.disableProperty().bind(vm.canSubmitProperty().not());
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(r -> {
                d.close();
                done.accept(r);
            });
        });
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.show();
    }

    private Node row(ChannelRow r) {
        String limit = r.channel().charLimit() == 0 ? "" : " · " + m.get("schedule.limit", r.channel().charLimit());
        String photo = r.channel().photoRequired() ? " · " + m.get("schedule.photoRequired") : "";
        CheckBox pick = new CheckBox(r.channel().name());
        pick.setId("schedule-pick-" + r.channel().code().toLowerCase(java.util.Locale.ROOT));
        pick.getStyleClass().add("section-label");
        pick.selectedProperty().bindBidirectional(r.chosenProperty());
        Label meta = new Label(limit.isEmpty() && photo.isEmpty() ? "" : (limit + photo).substring(3));
        meta.getStyleClass().add("hint");
        DatePicker date = datePicker();
        date.valueProperty().bindBidirectional(r.dateProperty());
        TextField time = timeField();
        time.textProperty().bindBidirectional(r.timeProperty());
        Label zone = new Label();
        zone.textProperty().bind(vm.zoneLabelProperty());
        HBox when = new HBox(8, pick, meta);
        when.setAlignment(Pos.CENTER_LEFT);
        HBox at = new HBox(8, date, time, zone);
        at.setAlignment(Pos.CENTER_LEFT);
        TextArea caption = new TextArea();
        caption.setPromptText(m.get("schedule.caption.prompt"));
        caption.setPrefRowCount(2);
        caption.setWrapText(true);
        caption.textProperty().bindBidirectional(r.captionProperty());
        Label length = new Label();
        length.textProperty().bind(r.lengthProperty());
        length.getStyleClass().add("hint");
        Label problem = new Label();
        problem.textProperty().bind(r.problemProperty());
        problem.getStyleClass().add("field-issue");
        problem.setWrapText(true);
        Label warning = new Label();
        warning.textProperty().bind(r.warningProperty());
        warning.getStyleClass().add("warning-text");
        HBox notes = new HBox(12, length, problem, warning);
        VBox details = new VBox(6, at, caption, notes);
        details.visibleProperty().bind(r.chosenProperty());
        details.managedProperty().bind(details.visibleProperty());
        HBox.setHgrow(caption, Priority.ALWAYS);
        VBox box = new VBox(6, when, details);
        box.getStyleClass().add("schedule-row");
        box.setPadding(new Insets(6));
        return box;
    }

    private DatePicker datePicker() {
        DatePicker p = new DatePicker();
        p.setPromptText(m.get("date.prompt"));
        p.setConverter(new LocalDateStringConverter(DateTimeFormatter.ofPattern("dd/MM/yyyy"), null));
        p.setPrefWidth(140);
        return p;
    }

    private static TextField timeField() {
        TextField t = new TextField();
        t.setPrefColumnCount(5);
        t.setPromptText("09.00");
        return t;
    }
}
