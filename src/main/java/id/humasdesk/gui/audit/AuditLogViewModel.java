package id.humasdesk.gui.audit;

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
    private final TaskExecutor executor;
    private final User user;
    private final Consumer<Throwable> onError;
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();

    public AuditLogViewModel(Auditor audit, TaskExecutor executor, User user, Consumer<Throwable> onError) {
        this.audit = audit;
        this.executor = executor;
        this.user = user;
        this.onError = onError;
    }

    public void load() {
        executor.run(() -> audit.recent(user, LIMIT), events::setAll, onError);
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }
}
