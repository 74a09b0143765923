package id.humasdesk.gui.schedule;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.schedule.DuePlan;
import id.humasdesk.logic.schedule.ScheduleService;
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
    private final ScreenTasks tasks;
    private final Consumer<Throwable> onError;
    /** The last refresh failed and the user was told: a periodic refresh tells once, not every time. */
    private boolean failing;
    private final User user;
    private final Runnable onChanged;
    private final ObservableList<DuePlan> items = FXCollections.observableArrayList();
    private final IntegerProperty arrived = new SimpleIntegerProperty();
    private final Set<UUID> announced = new HashSet<>();

    public DueViewModel(ScheduleService schedule, TaskExecutor executor, User user, Consumer<Throwable> onError,
            Runnable onChanged) {
        this.schedule = schedule;
        this.tasks = new ScreenTasks(executor, onError);
        this.onError = onError;
        this.user = user;
        this.onChanged = onChanged;
    }

    /** Reloads; {@link #arrivedProperty()} counts plans not announced before. */
    public void refresh() {
        tasks.task(() -> schedule.due(user)).onSuccess(list -> {
            failing = false;
            int fresh = 0;
            for (DuePlan d : list) {
                if (announced.add(d.plan().id())) {
                    fresh++;
                }
            }
            items.setAll(list);
            arrived.set(0);
            arrived.set(fresh);
        }).showFailure(this::failedRefresh).start();
    }

    private void failedRefresh(Throwable e) {
        if (!failing) {
            failing = true;
            onError.accept(e);
        }
    }

    public void posted(DuePlan d, String url) {
        tasks.task(() -> schedule.markPosted(user, d.plan().id(), url)).onSuccess(p -> changed()).start();
    }

    public void skipped(DuePlan d, String reason) {
        tasks.task(() -> schedule.markSkipped(user, d.plan().id(), reason)).onSuccess(p -> changed())
                .start();
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

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
