package id.humasdesk.gui.shell;

import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.Prompts;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.audit.AuditLogDialog;
import id.humasdesk.gui.calendar.CalendarPane;
import id.humasdesk.gui.calendar.CalendarViewModel;
import id.humasdesk.gui.schedule.ChannelsDialog;
import id.humasdesk.gui.schedule.DueDialog;
import id.humasdesk.gui.schedule.DueViewModel;
import id.humasdesk.gui.schedule.ScheduleDialog;
import id.humasdesk.gui.schedule.ScheduleViewModel;
import id.humasdesk.gui.bundle.BundleView;
import id.humasdesk.gui.checklist.ChecklistSettingsDialog;
import id.humasdesk.gui.hq.HqView;
import id.humasdesk.gui.editor.EditorView;
import id.humasdesk.gui.queue.QueueDialog;
import id.humasdesk.gui.queue.QueueViewModel;
import id.humasdesk.gui.editor.EditorViewModel;
import id.humasdesk.gui.library.LibraryView;
import id.humasdesk.gui.library.LibraryViewModel;
import id.humasdesk.gui.users.UsersDialog;
import id.humasdesk.gui.maintenance.BackupDialog;
import id.humasdesk.gui.maintenance.BackupViewModel;
import id.humasdesk.gui.maintenance.MaintenanceDialog;
import id.humasdesk.gui.maintenance.MaintenanceViewModel;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.common.Preferences;
import id.humasdesk.logic.services.Services;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.model.Office;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import id.humasdesk.gui.publish.IdentityDialog;
import id.humasdesk.gui.publish.IdentityViewModel;
import id.humasdesk.gui.publish.OutputsDialog;
import id.humasdesk.gui.publish.OutputsViewModel;
import id.humasdesk.gui.publish.ReportAction;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The main window after sign-in: menu, library tab, one tab per open release. */
public final class MainView {
    static final Duration AUTOSAVE_EVERY = Duration.seconds(3);
    static final Duration HEARTBEAT_EVERY = Duration.seconds(30);
    private final Stage stage;
    private final Services services;
    private final TaskExecutor executor;
    private final ScreenTasks tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final Office office;
    private final User user;
    private final Preferences preferences;
    private final Formats formats;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final LibraryViewModel libraryVm;
    private final LibraryView library;
    private final List<OpenEditor> editors = new ArrayList<>();
    private final Timeline autosave;
    private final Timeline heartbeat;
    private final QueueViewModel queueVm;
    private final DueViewModel dueVm;
    private Tab calendarTab;
    private CalendarViewModel calendarVm;

    private record OpenEditor(Tab tab, EditorViewModel vm, EditorView view) {
    }

    public MainView(Stage stage, Services services, TaskExecutor executor, DialogService dialogs, Messages m,
            Office office, User user, Preferences preferences) {
        this.stage = stage;
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.m = m;
        this.office = office;
        this.user = user;
        this.preferences = preferences;
        this.formats = new Formats(office.zone(), m.locale());
        libraryVm = new LibraryViewModel(services, executor, m, dialogs::error);
        this.tasks = new ScreenTasks(executor, dialogs::error);
        // Periodic refreshes: a failure is logged each time and shown once until a refresh works again.
        queueVm = new QueueViewModel(services, executor, user, dialogs::error);
        dueVm = new DueViewModel(services, executor, user, dialogs::error, this::afterSave);
        library = new LibraryView(libraryVm, m, formats, user, this::open);
        Tab libraryTab = new Tab(m.get("library.title"), library.root());
        libraryTab.setId("tab-library");
        libraryTab.setClosable(false);
        tabs.getTabs().add(libraryTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        root.setTop(menuBar());
        root.setCenter(tabs);
        root.setBottom(userBar());
        stage.setTitle("HumasDesk — " + office.name());
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> editors.forEach(ed -> ed.vm().autosaveTick())));
        autosave.setCycleCount(Timeline.INDEFINITE);
        heartbeat = new Timeline(new KeyFrame(HEARTBEAT_EVERY, e -> {
            editors.forEach(ed -> ed.vm().heartbeat());
            queueVm.refresh();
            dueVm.refresh();
        }));
        heartbeat.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts loading the library and offers any unsaved work found from a crash. */
    public void afterShown() {
        libraryVm.reload();
        library.focusTable();
        autosave.play();
        heartbeat.play();
        queueVm.refresh();
        dueVm.refresh();
        dueVm.arrivedProperty().addListener((o, a, n) -> {
            if (n != null && n.intValue() > 0) {
                org.controlsfx.control.Notifications.create().owner(stage).title(m.get("due.title"))
                        .text(m.get("due.arrived", n.intValue())).hideAfter(Duration.seconds(15))
                        .onAction(e -> showDue()).showWarning();
            }
        });
        // A restore or compaction staged by an admin was applied at this start: say so once.
        MaintenanceViewModel.atStartMessage(services.maintenance().atStart(), m, formats)
                .ifPresent(text -> dialogs.info(m.get("maintenance.title"), text));
        tasks.task(() -> services.drafts().pendingRecoveries(user)).onSuccess(this::offerRecovery).start();
        // The dictionary takes up to a second to load: before anyone types, and never on the FX thread.
        tasks.task(() -> services.writing().load()).start();
    }

    private void offerRecovery(List<Recovery> pending) {
        if (pending.isEmpty()) {
            return;
        }
        boolean restore = dialogs.confirm(m.get("recovery.title"), m.get("recovery.text", pending.size()));
        for (Recovery r : pending) {
            if (restore) {
                EditorViewModel vm = new EditorViewModel(services, executor, m, formats, user, dialogs::error,
                        saved -> afterSave(), r.id());
                addEditor(vm, null).vm().recover(r);
            } else {
                tasks.task(() -> services.drafts().discardRecovery(r.id())).start();
            }
        }
    }

    private MenuBar menuBar() {
        Menu file = new Menu(m.get("menu.file"));
        Menu newMenu = new Menu(m.get("menu.file.new"));
        for (ReleaseType t : ReleaseType.values()) {
            MenuItem item = new MenuItem(m.label(t));
            item.setOnAction(e -> newRelease(t));
            newMenu.getItems().add(item);
        }
        MenuItem newDefault = item(m.get("menu.file.newRelease"), "Shortcut+N", this::chooseAndCreate);
        newDefault.setId("menu-new");
        MenuItem save = item(m.get("menu.file.save"), "Shortcut+S", () -> currentEditor().ifPresent(ed ->
                ed.vm().save()));
        MenuItem closeTab = item(m.get("menu.file.closeTab"), "Shortcut+W", this::closeCurrentTab);
        MenuItem quit = item(m.get("menu.file.quit"), "Shortcut+Q", this::requestQuit);
        file.getItems().addAll(newDefault, newMenu, new SeparatorMenuItem(), save, closeTab, new SeparatorMenuItem(),
                item(m.get("menu.file.bundleExport"), null, () -> bundles().show(BundleView.Page.EXPORT)),
                item(m.get("menu.file.bundleImport"), null, () -> bundles().show(BundleView.Page.IMPORT)),
                item(m.get("menu.file.report"), null, () -> ReportAction.run(stage, services, executor, dialogs, m,
                        user, java.time.YearMonth.now(office.zone()).minusMonths(1))),
                new SeparatorMenuItem(), quit);

        Menu edit = new Menu(m.get("menu.edit"));
        MenuItem find = item(m.get("menu.edit.filter"), "Shortcut+F", () -> {
            tabs.getSelectionModel().select(0);
            library.focusSearch();
        });
        MenuItem open = item(m.get("menu.edit.open"), null, () -> Optional.ofNullable(library.selected())
                .ifPresent(this::open));
        MenuItem trash = item(m.get("menu.edit.trash"), null, () -> libraryVm.trash(user, library.selected()));
        MenuItem undo = item(m.get("menu.edit.undoTrash"), null, () -> libraryVm.undoTrash(user));
        undo.disableProperty().bind(libraryVm.lastTrashedProperty().isNull());
        MenuItem restore = item(m.get("menu.edit.restore"), null, () -> libraryVm.restore(user, library.selected()));
        MenuItem schedule = item(m.get("menu.edit.schedule"), "Shortcut+J", this::scheduleSelected);
        schedule.setId("menu-schedule");
        restore.disableProperty().bind(libraryVm.trashProperty().not());
        MenuItem outputs = item(m.get("menu.edit.outputs"), "Shortcut+P", this::outputsOfSelected);
        outputs.setId("menu-outputs");
        edit.getItems().addAll(find, open, schedule, outputs, new SeparatorMenuItem(), trash, undo, restore);

        Menu view = new Menu(m.get("menu.view"));
        MenuItem refresh = item(m.get("menu.view.refresh"), "F5", () -> {
            libraryVm.reload();
            queueVm.refresh();
        });
        MenuItem queue = item(m.get("menu.view.queue"), "Shortcut+R", this::showQueue);
        queue.setId("menu-queue");
        Menu language = new Menu(m.get("menu.view.language"));
        ToggleGroup langs = new ToggleGroup();
        for (Locale l : List.of(Messages.INDONESIAN, Messages.ENGLISH)) {
            RadioMenuItem r = new RadioMenuItem(m.get("language." + l.getLanguage()));
            r.setToggleGroup(langs);
            r.setSelected(l.getLanguage().equals(m.locale().getLanguage()));
            r.setOnAction(e -> tasks.task(() -> preferences.setLanguage(l)).onSuccess(x -> dialogs.info(
                    Controls.plain(m.get("menu.view.language")), m.get("language.restart"))).start());
            language.getItems().add(r);
        }
        MenuItem calendar = item(m.get("menu.view.calendar"), "Shortcut+K", this::showCalendar);
        calendar.setId("menu-calendar");
        MenuItem due = item(m.get("menu.view.due"), "Shortcut+U", this::showDue);
        due.setId("menu-due");
        view.getItems().addAll(queue, calendar, due, new SeparatorMenuItem(), refresh, language);

        Menu admin = new Menu(m.get("menu.admin"));
        MenuItem users = item(m.get("menu.admin.users"), null, () -> new UsersDialog(stage, services, executor,
                dialogs, m, user).show());
        users.setId("menu-users");
        MenuItem auditLog = item(m.get("menu.admin.audit"), null, () -> new AuditLogDialog(stage, services, executor,
                dialogs, m, formats, user).show());
        auditLog.setId("menu-audit");
        MenuItem numbering = item(m.get("menu.admin.numbering"), null, this::editNumbering);
        numbering.setId("menu-numbering");
        MenuItem channels = item(m.get("menu.admin.channels"), null, () -> new ChannelsDialog(services, executor,
                dialogs, m, user).show(stage));
        MenuItem checklist = item(m.get("menu.admin.checklist"), null, () -> new ChecklistSettingsDialog(stage,
                services, executor, m, user).show());
        checklist.setId("menu-checklist");
        MenuItem identity = item(m.get("menu.admin.identity"), null, () -> new IdentityDialog(new IdentityViewModel(
                services, executor, m, user, dialogs::error), m).show(stage));
        identity.setId("menu-identity");
        MenuItem backup = item(m.get("menu.admin.backup"), null, () -> new BackupDialog(stage, new BackupViewModel(
                services, executor, m, formats, user, dialogs::error), dialogs, m, formats, this::requestQuit).show());
        backup.setId("menu-backup");
        MenuItem maintenance = item(m.get("menu.admin.maintenance"), null, () -> new MaintenanceDialog(stage,
                new MaintenanceViewModel(services, executor, m, formats, user, dialogs::error), dialogs, m,
                this::requestQuit).show());
        maintenance.setId("menu-maintenance");
        admin.getItems().addAll(users, numbering, channels, checklist, identity, auditLog, new SeparatorMenuItem(),
                backup, maintenance);
        if (services.maintenance().shared()) {
            // A menu item has no tooltip (and a disabled one gets no mouse events): the reason is an item too.
            backup.setDisable(true);
            maintenance.setDisable(true);
            MenuItem why = new MenuItem(m.get("maintenance.sharedNote"));
            why.setMnemonicParsing(false);
            why.setDisable(true);
            why.setId("menu-maintenance-shared");
            admin.getItems().add(why);
        }
        admin.setVisible(user.has(Role.ADMIN));

        Menu help = new Menu(m.get("menu.help"));
        MenuItem sample = item(m.get("menu.help.sample"), null, this::openSample);
        sample.setId("menu-sample");
        MenuItem about = item(m.get("menu.help.about"), null, () -> dialogs.info(Controls.plain(m.get("menu.help.about")),
                m.get("about.text", services.dataDirectory())));
        help.getItems().addAll(sample, about);
        Menu hq = HqView.menu(stage, services, executor, dialogs, m, formats, office, user);
        MenuBar bar = new MenuBar(file, edit, view, admin, hq, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Closes the app as the window's close button does (asking about unsaved work first). */
    private void requestQuit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private BundleView bundles() {
        return new BundleView(stage, services, executor, dialogs, m, office, user);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private HBox userBar() {
        Label who = new Label(m.get("shell.signedInAs", user.fullName(), user.roles().stream().sorted()
                .map(m::label).reduce((a, b) -> a + ", " + b).orElse("")));
        Label where = new Label(office.name() + " · " + office.zoneLabel());
        where.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.Button queue = new javafx.scene.control.Button();
        queue.setId("queue-button");
        queue.getStyleClass().add("queue-button");
        queue.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get("queue.button",
                queueVm.items().size()), queueVm.items()));
        queue.setOnAction(e -> showQueue());
        queueVm.arrivedProperty().addListener((o, a, n) -> {
            if (n != null && n.intValue() > 0) {
                org.controlsfx.control.Notifications.create().owner(stage).title(m.get("queue.title"))
                        .text(m.get("queue.arrived", n.intValue())).hideAfter(Duration.seconds(8))
                        .onAction(e -> showQueue()).showInformation();
            }
        });
        HBox bar = new HBox(12, who, queue, spacer, where);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("user-bar");
        return bar;
    }

    private void showQueue() {
        new QueueDialog(stage, queueVm, m, formats, this::open).show();
    }

    private void chooseAndCreate() {
        if (!user.has(Role.WRITER)) {
            dialogs.info(Controls.plain(m.get("menu.file.newRelease")), m.get("error.auth.roleRequired", m.label(Role.WRITER)));
            return;
        }
        Prompts.choose(stage, m, Controls.plain(m.get("menu.file.newRelease")), m.get("editor.chooseType"),
                List.of(ReleaseType.values()), ReleaseType.BERITA_KEGIATAN, m::label).ifPresent(this::newRelease);
    }

    public void newRelease(ReleaseType type) {
        EditorViewModel vm = newEditorVm();
        OpenEditor ed = addEditor(vm, null);
        vm.startNew(type);
        ed.view().focusFirstField();
    }

    private EditorViewModel newEditorVm() {
        return new EditorViewModel(services, executor, m, formats, user, dialogs::error, saved -> afterSave());
    }

    private void afterSave() {
        libraryVm.reload();
        queueVm.refresh();
        if (calendarVm != null) {
            calendarVm.reload();
        }
    }

    /** Admin: the release number format, with an example of the result before it is stored. */
    private void editNumbering() {
        var numbering = services.drafts().numbering();
        String title = Controls.plain(m.get("menu.admin.numbering"));
        tasks.task(() -> numbering.get().pattern()).onSuccess(current -> Prompts.text(stage, m, title,
                m.get("numbering.prompt"), current).ifPresent(pattern -> tasks.task(() -> numbering.save(user, pattern))
                .onSuccess(f -> dialogs.info(title, m.get("numbering.saved", f.pattern(),
                        id.humasdesk.logic.draft.NumberingSettings.example(f, office.code(),
                                java.time.LocalDate.now(services.clock().withZone(office.zone()))))))
                .start())).start();
    }

    private void showDue() {
        new DueDialog(dueVm, m, formats).show(stage);
    }

    private void showCalendar() {
        if (calendarTab == null) {
            calendarVm = new CalendarViewModel(services, executor, user, office.zone(), dialogs::error);
            CalendarPane pane = new CalendarPane(calendarVm, m, id -> open(id));
            calendarTab = new Tab(m.get("calendar.title"), pane.root());
            calendarTab.setId("tab-calendar");
            calendarTab.setOnClosed(e -> {
                calendarVm.close();
                calendarTab = null;
                calendarVm = null;
            });
            tabs.getTabs().add(1, calendarTab);
            pane.start();
        }
        tabs.getSelectionModel().select(calendarTab);
    }

    /** The outputs (PDF, DOCX, HTML, card, WhatsApp) of the release selected in the library. */
    private void outputsOfSelected() {
        ReleaseSummary row = library.selected();
        if (row != null) {
            new OutputsDialog(new OutputsViewModel(services, executor, m, user, row.id(), dialogs::error), m)
                    .show(stage);
        }
    }

    /** Schedules the release selected in the library (approved ones only; logic checks). */
    private void scheduleSelected() {
        ReleaseSummary row = library.selected();
        if (row == null) {
            return;
        }
        tasks.task(() -> services.drafts().load(row.id())).onSuccess(r -> new ScheduleDialog(
                new ScheduleViewModel(services, executor, m, user, r, office.zone(), dialogs::error), m)
                .show(stage, done -> afterSave())).start();
    }

    private void openSample() {
        EditorViewModel vm = newEditorVm();
        addEditor(vm, null);
        vm.startNew(ReleaseType.BERITA_KEGIATAN);
        vm.loadedProperty().addListener((o, a, loaded) -> {
            if (loaded) {
                try (InputStream in = MainView.class.getResourceAsStream("/id/humasdesk/demo/sample-release.txt")) {
                    vm.importText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    dialogs.error(e);
                }
            }
        });
    }

    private void open(ReleaseSummary row) {
        open(row.id());
    }

    private void open(UUID releaseId) {
        for (OpenEditor ed : editors) {
            if (ed.vm().releaseProperty().get() != null && ed.vm().releaseProperty().get().id().equals(releaseId)) {
                tabs.getSelectionModel().select(ed.tab());
                return;
            }
        }
        EditorViewModel vm = newEditorVm();
        addEditor(vm, releaseId);
        vm.open(releaseId);
    }

    private OpenEditor addEditor(EditorViewModel vm, UUID id) {
        EditorView view = new EditorView(vm, m, formats);
        vm.review().setScheduler(r -> new ScheduleDialog(new ScheduleViewModel(services, executor, m, user, r,
                office.zone(), dialogs::error), m).show(stage, done -> {
                    vm.review().scheduled(done);
                    afterSave();
                }));
        Tab tab = new Tab();
        tab.textProperty().bind(vm.titleProperty());
        tab.setContent(view.root());
        OpenEditor ed = new OpenEditor(tab, vm, view);
        tab.setOnCloseRequest(e -> {
            e.consume();
            requestClose(ed, () -> { });
        });
        editors.add(ed);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return ed;
    }

    /** Closes the editor, asking first when it holds unsaved work; {@code then} runs once it is closed. */
    private void requestClose(OpenEditor ed, Runnable then) {
        Runnable close = () -> {
            ed.vm().close();
            tabs.getTabs().remove(ed.tab());
            editors.remove(ed);
            then.run();
        };
        if (!ed.vm().dirtyProperty().get()) {
            ed.vm().discard();
            close.run();
            return;
        }
        tabs.getSelectionModel().select(ed.tab());
        Optional<Boolean> answer = dialogs.confirmSave(m.get("editor.unsaved.title"),
                m.get("editor.unsaved.text", ed.vm().titleProperty().get().replace(" *", "")));
        if (answer.isEmpty()) {
            return;
        }
        if (answer.get()) {
            ed.vm().saveThen(close);
        } else {
            ed.vm().discard();
            close.run();
        }
    }

    private void closeCurrentTab() {
        currentEditor().ifPresent(ed -> requestClose(ed, () -> { }));
    }

    private Optional<OpenEditor> currentEditor() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return editors.stream().filter(ed -> ed.tab() == t).findFirst();
    }

    /** Closes every editor, asking about unsaved work; {@code then} runs when all are closed. */
    public void closeAll(Runnable then) {
        if (editors.isEmpty()) {
            autosave.stop();
            heartbeat.stop();
            tasks.close();
            libraryVm.close();
            queueVm.close();
            dueVm.close();
            if (calendarVm != null) {
                calendarVm.close();
            }
            then.run();
            return;
        }
        requestClose(editors.get(0), () -> closeAll(then));
    }

    public Parent root() {
        return root;
    }

}
