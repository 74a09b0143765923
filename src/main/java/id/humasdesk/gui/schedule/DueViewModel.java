package id.humasdesk.gui.schedule;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.schedule.ScheduleService;
import id.humasdesk.logic.schedule.DuePlan;
import id.humasdesk.model.User;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Plans whose time has come: what to post where, marked posted (with the URL) or skipped (with why). */
public final class DueViewModel {
    private final ScheduleService schedule;
    private final TaskExecutor executor;
    private final User user;
    private final Consumer<Throwable> onError;
    private final Runnable onChanged;
    private final ObservableList<DuePlan> items = FXCollections.observableArrayList();
    private final IntegerProperty arrived = new SimpleIntegerProperty();
    private final Set<UUID> announced = new HashSet<>();

    public DueViewModel(ScheduleService schedule, TaskExecutor executor, User user, Consumer<Throwable> onError,
            Runnable onChanged) {
        this.schedule = schedule;
        this.executor = executor;
        this.user = user;
        this.onError = onError;
        this.onChanged = onChanged;
    }

    /** Reloads; {@link #arrivedProperty()} counts plans not announced before. */
    public void refresh() {
        executor.run(() -> schedule.due(user), list -> {
            int fresh = 0;
            for (DuePlan d : list) {
                if (announced.add(d.plan().id())) {
                    fresh++;
                }
            }
            items.setAll(list);
            arrived.set(0);
            arrived.set(fresh);
        }, onError);
    }

    public void posted(DuePlan d, String url) {
        executor.run(() -> schedule.markPosted(user, d.plan().id(), url), p -> changed(), onError);
    }

    public void skipped(DuePlan d, String reason) {
        executor.run(() -> schedule.markSkipped(user, d.plan().id(), reason), p -> changed(), onError);
    }

    private void changed() {
        refresh();
        onChanged.run();
    }

    public ObservableList<DuePlan> items() {
        return items;
    }

    public IntegerProperty arrivedProperty() {
        return arrived;
    }
}
