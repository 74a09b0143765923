package id.humasdesk.gui.calendar;

import id.humasdesk.gui.TaskExecutor;
import id.humasdesk.logic.Services;
import id.humasdesk.logic.schedule.PlanView;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.User;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plans the calendar shows (a window of days around the date on screen) and rescheduling by
 * drag, which goes through logic/ and is undone on screen when refused.
 */
public final class CalendarViewModel {
    static final int WINDOW_DAYS = 62;
    private final Services services;
    private final TaskExecutor executor;
    private final User user;
    private final ZoneId zone;
    private final Consumer<Throwable> onError;
    private final ObservableList<PlanView> plans = FXCollections.observableArrayList();
    private final ObjectProperty<ColorBy> colorBy = new SimpleObjectProperty<>(ColorBy.CHANNEL);
    private LocalDate center;

    /** How entries are grouped into coloured calendars. */
    public enum ColorBy { CHANNEL, STATUS }

    public CalendarViewModel(Services services, TaskExecutor executor, User user, ZoneId zone,
            Consumer<Throwable> onError) {
        this.services = services;
        this.executor = executor;
        this.user = user;
        this.zone = zone;
        this.onError = onError;
    }

    /** Loads the plans around {@code date}. */
    public void load(LocalDate date) {
        center = date;
        var from = date.minusDays(WINDOW_DAYS).atStartOfDay(zone).toInstant();
        var to = date.plusDays(WINDOW_DAYS).atStartOfDay(zone).toInstant();
        executor.run(() -> services.schedule().calendar(from, to), list -> {
            if (date.equals(center)) {
                plans.setAll(list);
            }
        }, onError);
    }

    public void reload() {
        if (center != null) {
            load(center);
        }
    }

    /** Moves a plan to a new office-local start; on refusal {@code revert} puts the entry back. */
    public void reschedule(PlanView view, LocalDateTime newStart, Runnable revert) {
        PublicationPlan p = view.plan();
        executor.run(() -> services.schedule().reschedule(user, p.id(), p.version(), newStart), moved -> reload(),
                e -> {
                    revert.run();
                    onError.accept(e);
                    reload();
                });
    }

    public ObservableList<PlanView> plans() {
        return plans;
    }

    public ObjectProperty<ColorBy> colorByProperty() {
        return colorBy;
    }

    public ZoneId zone() {
        return zone;
    }
}
