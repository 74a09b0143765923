package id.humasdesk.gui.audit;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.model.AuditEvent;
import id.humasdesk.model.User;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The office-wide audit log for admins, newest first. */
public final class AuditLogViewModel {
    public static final int LIMIT = 2_000;
    private final Auditor audit;
    private final ScreenTasks tasks;
    private final User user;
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();

    public AuditLogViewModel(Auditor audit, TaskExecutor executor, User user, Consumer<Throwable> onError) {
        this.audit = audit;
        this.tasks = new ScreenTasks(executor, onError);
        this.user = user;
    }

    public void load() {
        tasks.task(() -> audit.recent(user, LIMIT)).onSuccess(events::setAll).start();
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
