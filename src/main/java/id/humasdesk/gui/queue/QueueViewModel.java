package id.humasdesk.gui.queue;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.review.ReviewService;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.User;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What waits for me: releases to review, or my releases with changes requested. Refreshed
 * periodically; {@link #arrivedProperty()} says how many are new since the previous refresh.
 */
public final class QueueViewModel {
    private final ReviewService review;
    private final ScreenTasks tasks;
    private final Consumer<Throwable> onError;
    /** The last refresh failed and the user was told: a periodic refresh tells once, not every time. */
    private boolean failing;
    private final User user;
    private final ObservableList<ReleaseSummary> items = FXCollections.observableArrayList();
    private final IntegerProperty arrived = new SimpleIntegerProperty(0);
    private Set<UUID> seen;

    public QueueViewModel(ReviewService review, TaskExecutor executor, User user, Consumer<Throwable> onError) {
        this.review = review;
        this.tasks = new ScreenTasks(executor, onError);
        this.onError = onError;
        this.user = user;
    }

    public void refresh() {
        tasks.task(() -> review.queue(user)).onSuccess(list -> {
            failing = false;
            Set<UUID> now = new HashSet<>();
            int fresh = 0;
            for (ReleaseSummary r : list) {
                now.add(r.id());
                if (seen != null && !seen.contains(r.id())) {
                    fresh++;
                }
            }
            seen = now;
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

    public ObservableList<ReleaseSummary> items() {
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
