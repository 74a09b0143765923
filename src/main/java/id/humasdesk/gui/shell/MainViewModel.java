package id.humasdesk.gui.shell;

import id.humasdesk.gui.calendar.CalendarViewModel;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.editor.EditorViewModel;
import id.humasdesk.gui.library.LibraryViewModel;
import id.humasdesk.gui.queue.QueueViewModel;
import id.humasdesk.gui.schedule.DueViewModel;
import id.humasdesk.logic.check.WritingCheckService;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.common.Preferences;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.draft.NumberingSettings;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.logic.maintenance.MaintenanceService;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.logic.review.ReviewService;
import id.humasdesk.logic.schedule.ScheduleService;
import id.humasdesk.model.Office;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseNumberFormat;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The main window's state and work without its controls: the library, review queue and due list
 * it keeps fresh, the open editors it autosaves and keeps leased, what it does once shown
 * (maintenance news, crash recoveries, the dictionary), the release number format and the language.
 */
public final class MainViewModel {
    static final Duration AUTOSAVE_EVERY = Duration.seconds(3);
    static final Duration HEARTBEAT_EVERY = Duration.seconds(30);

    /** The services the main window itself uses; each child screen gets its own share. */
    public record Deps(DraftService drafts, MaintenanceService maintenance, WritingCheckService writing,
            ReviewService review, ScheduleService schedule, LibraryViewModel.Deps library, Clock clock,
            Path dataDirectory, Preferences preferences) {
    }

    private final Deps services;
    private final ScreenTasks tasks;
    private final Office office;
    private final User user;
    private final LibraryViewModel library;
    private final QueueViewModel queue;
    private final DueViewModel due;
    private final List<EditorViewModel> editors = new ArrayList<>();
    private final Timeline autosave;
    private final Timeline heartbeat;
    private CalendarViewModel calendar;

    public MainViewModel(Deps services, TaskExecutor executor, Messages m, Office office, User user,
            Consumer<Throwable> onError) {
        this.services = services;
        this.tasks = new ScreenTasks(executor, onError);
        this.office = office;
        this.user = user;
        library = new LibraryViewModel(services.library(), executor, m, onError);
        // Periodic refreshes: a failure is logged each time and shown once until a refresh works again.
        queue = new QueueViewModel(services.review(), executor, user, onError);
        due = new DueViewModel(services.schedule(), executor, user, onError, this::afterSave);
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> List.copyOf(editors)
                .forEach(EditorViewModel::autosaveTick)));
        autosave.setCycleCount(Timeline.INDEFINITE);
        heartbeat = new Timeline(new KeyFrame(HEARTBEAT_EVERY, e -> {
            List.copyOf(editors).forEach(EditorViewModel::heartbeat);
            queue.refresh();
            due.refresh();
        }));
        heartbeat.setCycleCount(Timeline.INDEFINITE);
    }

    /** Loads the library, queue and due list and starts autosave and the lease heartbeat. */
    public void start() {
        library.reload();
        autosave.play();
        heartbeat.play();
        queue.refresh();
        due.refresh();
    }

    /** Stops the timers and the work of the window (all editors are closed): nothing more is delivered. */
    public void stop() {
        autosave.stop();
        heartbeat.stop();
        tasks.close();
        library.close();
        queue.close();
        due.close();
        if (calendar != null) {
            calendar.close();
        }
    }

    /** A restore or compaction an admin staged and this start applied (shown once). */
    public StoreCare.AtStart maintenanceAtStart() {
        return services.maintenance().atStart();
    }

    /** Whether the store is an office database server (backed up with its own tools, not here). */
    public boolean sharedStore() {
        return services.maintenance().shared();
    }

    /** Unsaved work of this user that a crash left behind. */
    public void pendingRecoveries(Consumer<List<Recovery>> then) {
        tasks.task(() -> services.drafts().pendingRecoveries(user)).onSuccess(then).start();
    }

    public void discardRecovery(UUID recoveryId) {
        tasks.task(() -> services.drafts().discardRecovery(recoveryId)).start();
    }

    /** The dictionary takes up to a second to load: before anyone types, and never on the FX thread. */
    public void loadDictionary() {
        tasks.task(() -> services.writing().load()).start();
    }

    /** The office's release number pattern, loaded off the FX thread. */
    public void numberingPattern(Consumer<String> then) {
        NumberingSettings numbering = services.drafts().numbering();
        tasks.task(() -> numbering.get().pattern()).onSuccess(then).start();
    }

    /** Saves a new number pattern; {@code then} gets it and an example number of today. */
    public void saveNumbering(String pattern, java.util.function.BiConsumer<ReleaseNumberFormat, String> then) {
        NumberingSettings numbering = services.drafts().numbering();
        tasks.task(() -> numbering.save(user, pattern)).onSuccess(f -> then.accept(f, NumberingSettings.example(f,
                office.code(), LocalDate.now(services.clock().withZone(office.zone()))))).start();
    }

    /** Stores the language for the next start. */
    public void setLanguage(Locale language, Runnable then) {
        tasks.task(() -> services.preferences().setLanguage(language)).onSuccess(x -> then.run()).start();
    }

    /** Loads a release (for the schedule dialog), off the FX thread. */
    public void loadRelease(UUID id, Consumer<Release> then) {
        tasks.task(() -> services.drafts().load(id)).onSuccess(then).start();
    }

    public Path dataDirectory() {
        return services.dataDirectory();
    }

    /** A release was saved or moved: everything that lists releases reloads. */
    public void afterSave() {
        library.reload();
        queue.refresh();
        if (calendar != null) {
            calendar.reload();
        }
    }

    /** Reloads the library and the queue (View → Refresh). */
    public void refresh() {
        library.reload();
        queue.refresh();
    }

    void editorOpened(EditorViewModel vm) {
        editors.add(vm);
    }

    void editorClosed(EditorViewModel vm) {
        editors.remove(vm);
    }

    void calendarOpened(CalendarViewModel vm) {
        calendar = vm;
    }

    void calendarClosed() {
        calendar = null;
    }

    public LibraryViewModel library() {
        return library;
    }

    public QueueViewModel queue() {
        return queue;
    }

    public DueViewModel due() {
        return due;
    }
}
