package id.humasdesk.gui.shell;

import id.humasdesk.gui.audit.AuditLogDialog;
import id.humasdesk.gui.bundle.BundleView;
import id.humasdesk.gui.checklist.ChecklistSettingsDialog;
import id.humasdesk.gui.common.Controls;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.Prompts;
import id.humasdesk.gui.hq.HqView;
import id.humasdesk.gui.hq.HqViewModel;
import id.humasdesk.gui.library.LibraryView;
import id.humasdesk.gui.library.LibraryViewModel;
import id.humasdesk.gui.maintenance.BackupDialog;
import id.humasdesk.gui.maintenance.MaintenanceDialog;
import id.humasdesk.gui.publish.IdentityDialog;
import id.humasdesk.gui.publish.OutputsDialog;
import id.humasdesk.gui.schedule.ChannelsDialog;
import id.humasdesk.gui.schedule.ScheduleDialog;
import id.humasdesk.gui.users.UsersDialog;
import id.humasdesk.logic.bundle.BundleInbox;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Office;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The main window's menu bar and what each item does: file, edit, view, admin, the headquarters
 * inbox and help. Items keep their ids (tests and the keyboard walk find them by id).
 */
final class MainMenu {
    private final Stage stage;
    private final Screens screens;
    private final MainViewModel vm;
    private final EditorTabs tabs;
    private final LibraryView library;
    private final Runnable showQueue;
    private final Runnable showDue;
    private final Messages m;
    private final DialogService dialogs;
    private final Formats formats;
    private final Office office;
    private final User user;
    private Menu adminMenu;

    /** The main window's parts the menu acts on; {@code showQueue} and {@code showDue} open those dialogs. */
    record Parts(EditorTabs tabs, LibraryView library, Runnable showQueue, Runnable showDue) {
    }

    MainMenu(Stage stage, Screens screens, MainViewModel vm, Parts parts) {
        this.stage = stage;
        this.screens = screens;
        this.vm = vm;
        this.tabs = parts.tabs();
        this.library = parts.library();
        this.showQueue = parts.showQueue();
        this.showDue = parts.showDue();
        this.m = screens.messages();
        this.dialogs = screens.dialogs();
        this.formats = screens.formats();
        this.office = screens.office();
        this.user = screens.user();
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), edit(), view(), admin(), hq(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu file = new Menu(m.get("menu.file"));
        Menu newMenu = new Menu(m.get("menu.file.new"));
        for (ReleaseType t : ReleaseType.values()) {
            MenuItem item = new MenuItem(m.label(t));
            item.setOnAction(e -> tabs.newRelease(t));
            newMenu.getItems().add(item);
        }
        MenuItem newDefault = item(m.get("menu.file.newRelease"), "Shortcut+N", this::chooseAndCreate);
        newDefault.setId("menu-new");
        MenuItem save = item(m.get("menu.file.save"), "Shortcut+S", tabs::saveCurrent);
        MenuItem closeTab = item(m.get("menu.file.closeTab"), "Shortcut+W", tabs::closeCurrent);
        MenuItem quit = item(m.get("menu.file.quit"), "Shortcut+Q", this::requestQuit);
        file.getItems().addAll(newDefault, newMenu, new SeparatorMenuItem(), save, closeTab, new SeparatorMenuItem(),
                item(m.get("menu.file.bundleExport"), null, () -> bundles().show(BundleView.Page.EXPORT)),
                item(m.get("menu.file.bundleImport"), null, () -> bundles().show(BundleView.Page.IMPORT)),
                item(m.get("menu.file.report"), null, () -> screens.reports().run(stage, user, lastMonth())),
                new SeparatorMenuItem(), quit);
        return file;
    }

    private Menu edit() {
        LibraryViewModel libraryVm = vm.library();
        Menu edit = new Menu(m.get("menu.edit"));
        MenuItem find = item(m.get("menu.edit.filter"), "Shortcut+F", () -> {
            tabs.selectLibrary();
            library.focusSearch();
        });
        MenuItem open = item(m.get("menu.edit.open"), null, () -> Optional.ofNullable(library.selected())
                .ifPresent(r -> tabs.open(r.id())));
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
        return edit;
    }

    private Menu view() {
        Menu view = new Menu(m.get("menu.view"));
        MenuItem refresh = item(m.get("menu.view.refresh"), "F5", vm::refresh);
        MenuItem queue = item(m.get("menu.view.queue"), "Shortcut+R", showQueue);
        queue.setId("menu-queue");
        Menu language = new Menu(m.get("menu.view.language"));
        ToggleGroup langs = new ToggleGroup();
        for (Locale l : List.of(Messages.INDONESIAN, Messages.ENGLISH)) {
            RadioMenuItem r = new RadioMenuItem(m.get("language." + l.getLanguage()));
            r.setToggleGroup(langs);
            r.setSelected(l.getLanguage().equals(m.locale().getLanguage()));
            r.setOnAction(e -> vm.setLanguage(l, () -> dialogs.info(Controls.plain(m.get("menu.view.language")),
                    m.get("language.restart"))));
            language.getItems().add(r);
        }
        MenuItem calendar = item(m.get("menu.view.calendar"), "Shortcut+K", tabs::showCalendar);
        calendar.setId("menu-calendar");
        MenuItem due = item(m.get("menu.view.due"), "Shortcut+U", showDue);
        due.setId("menu-due");
        view.getItems().addAll(queue, calendar, due, new SeparatorMenuItem(), refresh, language);
        return view;
    }

    /** Adds an item at the end of the Admin menu. */
    void addAdminItem(MenuItem item) {
        adminMenu.getItems().add(item);
    }

    private Menu admin() {
        Menu admin = new Menu(m.get("menu.admin"));
        adminMenu = admin;
        MenuItem users = item(m.get("menu.admin.users"), null, () -> new UsersDialog(stage, screens.users(), dialogs,
                m).show());
        users.setId("menu-users");
        MenuItem auditLog = item(m.get("menu.admin.audit"), null, () -> new AuditLogDialog(stage, screens.auditLog(),
                m, formats).show());
        auditLog.setId("menu-audit");
        MenuItem numbering = item(m.get("menu.admin.numbering"), null, this::editNumbering);
        numbering.setId("menu-numbering");
        MenuItem channels = item(m.get("menu.admin.channels"), null, () -> new ChannelsDialog(screens.channels(), m)
                .show(stage));
        MenuItem checklist = item(m.get("menu.admin.checklist"), null, () -> new ChecklistSettingsDialog(stage,
                screens.checklistSettings(), m).show());
        checklist.setId("menu-checklist");
        MenuItem identity = item(m.get("menu.admin.identity"), null, () -> new IdentityDialog(screens.identity(), m)
                .show(stage));
        identity.setId("menu-identity");
        MenuItem backup = item(m.get("menu.admin.backup"), null, () -> new BackupDialog(stage, screens.backup(),
                dialogs, m, formats, this::requestQuit).show());
        backup.setId("menu-backup");
        MenuItem maintenance = item(m.get("menu.admin.maintenance"), null, () -> new MaintenanceDialog(stage,
                screens.maintenance(), dialogs, m, this::requestQuit).show());
        maintenance.setId("menu-maintenance");
        admin.getItems().addAll(users, numbering, channels, checklist, identity, auditLog, new SeparatorMenuItem(),
                backup, maintenance);
        if (vm.sharedStore()) {
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
        return admin;
    }

    /**
     * The menu for offices that collect bundles (decision 0311): the inbox and, for convenience,
     * the import page of the bundle window. Hidden for everyone else.
     */
    private Menu hq() {
        Menu menu = new Menu(m.get("bundle.hq.menu"));
        menu.setId("menu-hq");
        Stage[] open = new Stage[1];
        MenuItem inbox = new MenuItem(m.get("bundle.hq.menu.inbox"));
        inbox.setId("menu-hq-inbox");
        inbox.setOnAction(e -> {
            if (open[0] != null && open[0].isShowing()) {
                open[0].toFront();
                return;
            }
            HqViewModel hq = screens.hq();
            open[0] = new HqView(hq, m, formats, screens.received()).show(stage, office);
            open[0].setOnHidden(h -> hq.close()); // nothing more is delivered to a closed window
            hq.load();
        });
        MenuItem importBundles = item(m.get("bundle.hq.menu.import"), null,
                () -> bundles().show(BundleView.Page.IMPORT));
        importBundles.setVisible(user.has(Role.ADMIN)); // logic refuses others; do not offer it
        MenuItem regional = item(m.get("bundle.hq.menu.regionalReport"), null,
                () -> screens.reports().runRegional(stage, user, lastMonth()));
        regional.setId("menu-hq-regional-report");
        menu.getItems().addAll(inbox, importBundles, regional);
        menu.setVisible(BundleInbox.mayUse(office, user));
        return menu;
    }

    private Menu help() {
        Menu help = new Menu(m.get("menu.help"));
        MenuItem sample = item(m.get("menu.help.sample"), null, tabs::openSample);
        sample.setId("menu-sample");
        MenuItem about = item(m.get("menu.help.about"), null, () -> dialogs.info(
                Controls.plain(m.get("menu.help.about")), m.get("about.text", vm.dataDirectory())));
        help.getItems().addAll(sample, about);
        return help;
    }

    private YearMonth lastMonth() {
        return YearMonth.now(office.zone()).minusMonths(1);
    }

    /** Closes the app as the window's close button does (asking about unsaved work first). */
    private void requestQuit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private BundleView bundles() {
        return new BundleView(stage, screens.bundles(), m, office.zone());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private void chooseAndCreate() {
        if (!user.has(Role.WRITER)) {
            dialogs.info(Controls.plain(m.get("menu.file.newRelease")), m.get("error.auth.roleRequired",
                    m.label(Role.WRITER)));
            return;
        }
        Prompts.choose(stage, m, Controls.plain(m.get("menu.file.newRelease")), m.get("editor.chooseType"),
                List.of(ReleaseType.values()), ReleaseType.BERITA_KEGIATAN, m::label).ifPresent(tabs::newRelease);
    }

    /** Admin: the release number format, with an example of the result before it is stored. */
    private void editNumbering() {
        String title = Controls.plain(m.get("menu.admin.numbering"));
        vm.numberingPattern(current -> Prompts.text(stage, m, title, m.get("numbering.prompt"), current)
                .ifPresent(pattern -> vm.saveNumbering(pattern, (f, example) -> dialogs.info(title,
                        m.get("numbering.saved", f.pattern(), example)))));
    }

    /** The outputs (PDF, DOCX, HTML, card, WhatsApp) of the release selected in the library. */
    private void outputsOfSelected() {
        ReleaseSummary row = library.selected();
        if (row != null) {
            new OutputsDialog(screens.outputs(row.id()), m).show(stage);
        }
    }

    /** Schedules the release selected in the library (approved ones only; logic checks). */
    private void scheduleSelected() {
        ReleaseSummary row = library.selected();
        if (row == null) {
            return;
        }
        vm.loadRelease(row.id(), r -> new ScheduleDialog(screens.schedule(r), m).show(stage, done -> vm.afterSave()));
    }
}
