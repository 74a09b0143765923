package id.humasdesk.gui.bundle;

import id.humasdesk.logic.bundle.ExportRecord;
import id.humasdesk.logic.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The bundle window: send to headquarters (export) and check or take in bundles (verify, import). */
public final class BundleView {
    public enum Page { EXPORT, IMPORT }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Stage owner;
    private final Messages m;
    private final BundleViewModel vm;
    private final ZoneId zone;

    /** {@code zone} is the zone of the signed-in user's office, loaded before the main window was built. */
    public BundleView(Stage owner, BundleViewModel vm, Messages m, ZoneId zone) {
        this.owner = owner;
        this.m = m;
        this.vm = vm;
        this.zone = zone;
    }

    public void show(Page page) {
        TabPane tabs = new TabPane(new Tab(m.get("bundle.gui.exportTab"), exportPage()),
                new Tab(m.get("bundle.gui.importTab"), importPage()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(page == Page.EXPORT ? 0 : 1);
        ProgressBar bar = new ProgressBar();
        bar.setId("bundle-progress");
        bar.progressProperty().bind(vm.progress());
        bar.visibleProperty().bind(vm.busy().or(vm.progress().greaterThan(0)));
        bar.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("bundle-status");
        status.textProperty().bind(vm.status());
        VBox content = new VBox(8, tabs, bar, status);
        content.setPadding(new Insets(8));
        content.setPrefSize(820, 520);
        Dialog<Void> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("bundle.gui.title"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.setOnHidden(e -> vm.close()); // nothing more is delivered to a closed window
        vm.load();
        d.showAndWait();
    }

    private VBox exportPage() {
        Label pending = new Label();
        pending.textProperty().bind(Bindings.createStringBinding(() -> m.get("bundle.gui.pending", vm.pending().get()),
                vm.pending()));
        Label key = new Label();
        key.textProperty().bind(Bindings.createStringBinding(() -> m.get("bundle.gui.fingerprint",
                vm.fingerprint().get()), vm.fingerprint()));
        Label keyNote = new Label();
        keyNote.setId("bundle-key-note");
        keyNote.setWrapText(true);
        keyNote.setMaxWidth(Double.MAX_VALUE);
        keyNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        keyNote.textProperty().bind(vm.keyNote());
        Button unlock = new Button(m.get("bundle.key.unlock"));
        unlock.setId("bundle-key-unlock");
        Button export = new Button(m.get("bundle.gui.export"));
        export.setId("bundle-export");
        export.disableProperty().bind(vm.busy().or(Bindings.createBooleanBinding(() -> !vm.canSign(), vm.custody())));
        unlock.disableProperty().bind(vm.busy());
        unlock.visibleProperty().bind(Bindings.createBooleanBinding(vm::canUnlock, vm.custody()));
        unlock.managedProperty().bind(unlock.visibleProperty());
        vm.custody().addListener((o, was, now) -> {
            keyNote.getStyleClass().remove("field-issue");
            if (!vm.canSign()) {
                keyNote.getStyleClass().add("field-issue");
            }
        });
        unlock.setOnAction(e -> askPassphrase().ifPresent(vm::unlock));
        export.setOnAction(e -> {
            Path suggested = vm.suggestedTarget();
            FileChooser fc = chooser();
            fc.setInitialDirectory(existing(suggested.getParent()));
            fc.setInitialFileName(suggested.getFileName().toString());
            File f = fc.showSaveDialog(owner);
            if (f != null) {
                vm.export(f.toPath());
            }
        });
        TableView<ExportRecord> table = new TableView<>(vm.history());
        table.setId("bundle-history");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                col(m.get("bundle.gui.col.time"), r -> TIME.format(r.createdAt().atZone(zone))),
                col(m.get("bundle.gui.col.by"), ExportRecord::createdBy),
                col(m.get("bundle.gui.col.items"), r -> Integer.toString(r.itemCount())),
                col(m.get("bundle.gui.col.photos"), r -> Integer.toString(r.photoCount())),
                col(m.get("bundle.gui.col.file"), ExportRecord::path),
                col(m.get("bundle.gui.col.sha"), ExportRecord::sha256)));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox page = new VBox(8, new HBox(12, export, unlock, pending), key, keyNote,
                new Label(m.get("bundle.gui.history")), table);
        page.setPadding(new Insets(8));
        return page;
    }

    /** The office key passphrase, asked in a small dialog; empty when cancelled. */
    private java.util.Optional<char[]> askPassphrase() {
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("bundle-key-passphrase");
        field.setAccessibleText(m.get("bundle.key.unlockTitle"));
        Label prompt = new Label(m.get("bundle.key.unlockPrompt"));
        prompt.setWrapText(true);
        prompt.setLabelFor(field);
        Dialog<ButtonType> d = new Dialog<>();
        id.humasdesk.gui.common.Controls.closeOnEscape(d);
        d.initOwner(owner);
        d.setTitle(m.get("bundle.key.unlockTitle"));
        VBox box = new VBox(8, prompt, field);
        box.setPrefWidth(420);
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(m.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(m.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.application.Platform.runLater(field::requestFocus);
        java.util.Optional<ButtonType> r = d.showAndWait();
        char[] typed = field.getText().toCharArray();
        field.clear();
        return r.isPresent() && r.get() == ok && typed.length > 0 ? java.util.Optional.of(typed)
                : java.util.Optional.empty();
    }

    private VBox importPage() {
        Button verify = new Button(m.get("bundle.gui.verify"));
        verify.setId("bundle-verify");
        verify.disableProperty().bind(vm.busy());
        verify.setOnAction(e -> {
            File f = chooser().showOpenDialog(owner);
            if (f != null) {
                vm.verify(f.toPath());
            }
        });
        Button importButton = new Button(m.get("bundle.gui.import"));
        importButton.setId("bundle-import");
        importButton.disableProperty().bind(vm.busy());
        importButton.setOnAction(e -> {
            List<File> files = chooser().showOpenMultipleDialog(owner);
            if (files != null && !files.isEmpty()) {
                vm.importFiles(files.stream().map(File::toPath).toList());
            }
        });
        ListView<String> report = new ListView<>(vm.report());
        report.setId("bundle-report");
        VBox.setVgrow(report, Priority.ALWAYS);
        VBox page = new VBox(8, new HBox(8, verify, importButton), report);
        page.setPadding(new Insets(8));
        return page;
    }

    private FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("bundle.gui.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("bundle.gui.fileType"), "*.humas.zip",
                "*.zip"));
        return fc;
    }

    private static File existing(Path dir) {
        File f = dir == null ? null : dir.toFile();
        return f != null && f.isDirectory() ? f : null;
    }

    private static TableColumn<ExportRecord, String> col(String title, Function<ExportRecord, String> f) {
        TableColumn<ExportRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }
}
