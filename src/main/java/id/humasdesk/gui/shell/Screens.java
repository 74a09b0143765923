package id.humasdesk.gui.shell;

import id.humasdesk.gui.audit.AuditLogViewModel;
import id.humasdesk.gui.bundle.BundleViewModel;
import id.humasdesk.gui.calendar.CalendarViewModel;
import id.humasdesk.gui.checklist.ChecklistSettingsViewModel;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.editor.EditorViewModel;
import id.humasdesk.gui.editor.Wording;
import id.humasdesk.gui.hq.HqViewModel;
import id.humasdesk.gui.hq.ReceivedDialogs;
import id.humasdesk.gui.library.LibraryViewModel;
import id.humasdesk.gui.maintenance.BackupViewModel;
import id.humasdesk.gui.maintenance.MaintenanceViewModel;
import id.humasdesk.gui.publish.IdentityViewModel;
import id.humasdesk.gui.publish.OutputsViewModel;
import id.humasdesk.gui.publish.ReportAction;
import id.humasdesk.gui.review.ReviewViewModel;
import id.humasdesk.gui.schedule.ChannelsViewModel;
import id.humasdesk.gui.schedule.ScheduleViewModel;
import id.humasdesk.gui.users.UsersViewModel;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.common.Preferences;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.Release;
import id.humasdesk.model.User;
import java.util.UUID;

/**
 * The one place in the desktop app that turns the wired {@link Services} into screens: every view
 * model gets only the services it uses, through its constructor (decision note 0043). Also the
 * signed-in session every screen shares: executor, dialogs, language, office and user.
 */
public final class Screens {
    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages m;
    private final Formats formats;
    private final Office office;
    private final User user;

    public Screens(Services services, TaskExecutor executor, DialogService dialogs, Messages m, Office office,
            User user) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.m = m;
        this.office = office;
        this.user = user;
        this.formats = new Formats(office.zone(), m.locale());
    }

    /** What the editor and its side panels use. */
    public static EditorViewModel.Deps editorDeps(Services s) {
        return new EditorViewModel.Deps(s.drafts(), s.leases(), s.media(), s.photos(), s.clock(),
                new EditorViewModel.SidePanels(s.checklist(), s.writing(),
                        new ReviewViewModel.Deps(s.review(), s.comments(), s.drafts(), s.audit(), s.accounts())));
    }

    /** What the library uses. */
    public static LibraryViewModel.Deps libraryDeps(Services s) {
        return new LibraryViewModel.Deps(s.drafts(), s.library(), s.schedule(), s.search());
    }

    /** What the outputs dialog uses. */
    public static OutputsViewModel.Deps outputsDeps(Services s) {
        return new OutputsViewModel.Deps(s.publish(), s.drafts(), s.dataDirectory());
    }

    /** What the headquarters inbox uses. */
    public static HqViewModel.Deps hqDeps(Services s) {
        return new HqViewModel.Deps(s.bundles(), s.media(), s.clock());
    }

    /** What the main window's own view model uses. */
    public static MainViewModel.Deps mainDeps(Services s, Preferences preferences) {
        return new MainViewModel.Deps(s.drafts(), s.maintenance(), s.writing(), s.review(), s.schedule(),
                libraryDeps(s), s.clock(), s.dataDirectory(), preferences);
    }

    MainViewModel main(Preferences preferences) {
        return new MainViewModel(mainDeps(services, preferences), executor, m, office, user, dialogs::error);
    }

    EditorViewModel editor(Runnable afterSave) {
        return new EditorViewModel(editorDeps(services), executor, new Wording(m, formats), user, dialogs::error,
                saved -> afterSave.run());
    }

    ScheduleViewModel schedule(Release release) {
        return new ScheduleViewModel(new ScheduleViewModel.Deps(services.schedule(),
                services.clock().withZone(office.zone())), executor, m, user, release, dialogs::error);
    }

    CalendarViewModel calendar() {
        return new CalendarViewModel(services.schedule(), services.clock(), executor, user, office.zone(),
                dialogs::error);
    }

    OutputsViewModel outputs(UUID releaseId) {
        return new OutputsViewModel(outputsDeps(services), executor, m, user, releaseId, dialogs::error);
    }

    UsersViewModel users() {
        return new UsersViewModel(services.accounts(), executor, user, dialogs::error);
    }

    AuditLogViewModel auditLog() {
        return new AuditLogViewModel(services.audit(), executor, user, dialogs::error);
    }

    ChannelsViewModel channels() {
        return new ChannelsViewModel(services.schedule(), executor, user, dialogs::error);
    }

    ChecklistSettingsViewModel checklistSettings() {
        return new ChecklistSettingsViewModel(services.checklist(), executor, m, user);
    }

    IdentityViewModel identity() {
        return new IdentityViewModel(services.publish(), executor, m, user, dialogs::error);
    }

    BackupViewModel backup() {
        return new BackupViewModel(services.maintenance(), executor, m, formats, user, dialogs::error);
    }

    MaintenanceViewModel maintenance() {
        return new MaintenanceViewModel(services.maintenance(), executor, m, formats, user, dialogs::error);
    }

    BundleViewModel bundles() {
        return new BundleViewModel(new BundleViewModel.Deps(services.bundles(), services.clock()), executor, m, office,
                user, dialogs::error);
    }

    HqViewModel hq() {
        return new HqViewModel(hqDeps(services), executor, m, formats, user, dialogs::error);
    }

    ReceivedDialogs received() {
        return new ReceivedDialogs(m, formats, services.media());
    }

    ReportAction reports() {
        return new ReportAction(services.publish(), services.dataDirectory(), executor, dialogs, m);
    }

    TaskExecutor executor() {
        return executor;
    }

    DialogService dialogs() {
        return dialogs;
    }

    Messages messages() {
        return m;
    }

    Formats formats() {
        return formats;
    }

    Office office() {
        return office;
    }

    User user() {
        return user;
    }
}
