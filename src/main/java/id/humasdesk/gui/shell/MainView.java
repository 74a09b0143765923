package id.humasdesk.gui.shell;

import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.library.LibraryView;
import id.humasdesk.gui.maintenance.MaintenanceViewModel;
import id.humasdesk.gui.queue.QueueDialog;
import id.humasdesk.gui.queue.QueueViewModel;
import id.humasdesk.gui.schedule.DueDialog;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.common.Preferences;
import id.humasdesk.model.Office;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The main window after sign-in: the menu ({@link MainMenu}), the tabs ({@link EditorTabs}) and the
 * user bar, over a {@link MainViewModel} that holds the state and the work.
 */
public final class MainView {
    private final Stage stage;
    private final MainViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final Office office;
    private final User user;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final LibraryView library;
    private final EditorTabs tabs;
    private final MainMenu menu;
    private HBox userBar;

    public MainView(Stage stage, Screens screens, Preferences preferences) {
        this.stage = stage;
        this.vm = screens.main(preferences);
        this.m = screens.messages();
        this.formats = screens.formats();
        this.office = screens.office();
        this.user = screens.user();
        this.dialogs = screens.dialogs();
        library = new LibraryView(vm.library(), m, formats, user, row -> open(row.id()));
        tabs = new EditorTabs(stage, screens, vm, library.root());
        menu = new MainMenu(stage, screens, vm, new MainMenu.Parts(tabs, library, this::showQueue, this::showDue));
        root.setTop(menu.bar());
        root.setCenter(tabs.root());
        root.setBottom(userBar());
        stage.setTitle("HumasDesk — " + office.name());
    }

    /** Starts loading the library and offers any unsaved work found from a crash. */
    public void afterShown() {
        vm.start();
        library.focusTable();
        vm.due().arrivedProperty().addListener((o, a, n) -> {
            if (n != null && n.intValue() > 0) {
                Notifications.create().owner(stage).title(m.get("due.title"))
                        .text(m.get("due.arrived", n.intValue())).hideAfter(Duration.seconds(15))
                        .onAction(e -> showDue()).showWarning();
            }
        });
        // A restore or compaction staged by an admin was applied at this start: say so once.
        MaintenanceViewModel.atStartMessage(vm.maintenanceAtStart(), m, formats)
                .ifPresent(text -> dialogs.info(m.get("maintenance.title"), text));
        vm.pendingRecoveries(tabs::offerRecovery);
        vm.loadDictionary();
    }

    private HBox userBar() {
        QueueViewModel queueVm = vm.queue();
        Label who = new Label(m.get("shell.signedInAs", user.fullName(), user.roles().stream().sorted()
                .map(m::label).reduce((a, b) -> a + ", " + b).orElse("")));
        Label where = new Label(office.name() + " · " + office.zoneLabel());
        where.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button queue = new Button();
        queue.setId("queue-button");
        queue.getStyleClass().add("queue-button");
        queue.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get("queue.button",
                queueVm.items().size()), queueVm.items()));
        queue.setOnAction(e -> showQueue());
        queue.setMinWidth(Region.USE_PREF_SIZE); // never "Antre…": the count is the point
        queueVm.arrivedProperty().addListener((o, a, n) -> {
            if (n != null && n.intValue() > 0) {
                Notifications.create().owner(stage).title(m.get("queue.title"))
                        .text(m.get("queue.arrived", n.intValue())).hideAfter(Duration.seconds(8))
                        .onAction(e -> showQueue()).showInformation();
            }
        });
        HBox bar = new HBox(12, who, queue, spacer, where);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("user-bar");
        userBar = bar;
        return bar;
    }

    /** Adds an item at the end of the Admin menu (a feature outside the shell, such as hosting). */
    public void addAdminItem(MenuItem item) {
        menu.addAdminItem(item);
    }

    /** Adds a node to the status bar, on the right before the office name. */
    public void addStatus(javafx.scene.Node node) {
        userBar.getChildren().add(userBar.getChildren().size() - 1, node);
    }

    private void showQueue() {
        new QueueDialog(stage, vm.queue(), m, formats, row -> open(row.id())).show();
    }

    private void showDue() {
        new DueDialog(vm.due(), m, formats).show(stage);
    }

    private void open(java.util.UUID releaseId) {
        tabs.open(releaseId);
    }

    /** Opens a new editor of the given type. */
    public void newRelease(ReleaseType type) {
        tabs.newRelease(type);
    }

    /** Closes every editor, asking about unsaved work; {@code then} runs when all are closed. */
    public void closeAll(Runnable then) {
        tabs.closeAll(() -> {
            vm.stop();
            then.run();
        });
    }

    public Parent root() {
        return root;
    }
}
