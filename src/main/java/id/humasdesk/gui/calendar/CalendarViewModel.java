package id.humasdesk.gui.calendar;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.schedule.PlanView;
import id.humasdesk.logic.schedule.ScheduleService;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.User;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plans the calendar shows: only the days on screen (the month grid, the week, the day), at most
 * a page-dependent number per day, plus per day the count of the others ("+n lagi"), so a month with
 * tens of thousands of plans loads as fast as a quiet one and nothing disappears silently. Dragging
 * reschedules through logic/ and is undone on screen when refused.
 */
public final class CalendarViewModel {
    private final ScheduleService schedule;
    private final Clock clock;
    private final ScreenTasks tasks;
    private final User user;
    private final ZoneId zone;
    private final ObservableList<PlanView> plans = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<LocalDate, Integer>> more = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObjectProperty<ColorBy> colorBy = new SimpleObjectProperty<>(ColorBy.CHANNEL);
    private Request loaded;
    private Page page = Page.MONTH;
    private Request pending;

    /** How entries are grouped into coloured calendars. */
    public enum ColorBy { CHANNEL, STATUS }

    /** The page on screen: it decides the days loaded and how many plans a day shows before "+n". */
    public enum Page {
        MONTH(2), WEEK(8), DAY(24);

        private final int capPerDay;

        Page(int capPerDay) {
            this.capPerDay = capPerDay;
        }

        public int capPerDay() {
            return capPerDay;
        }
    }

    /** The office-local days [from, to) of one page around a date. */
    record Request(Page page, LocalDate from, LocalDate to) {
        static Request of(Page page, LocalDate date) {
            return switch (page) {
                case MONTH -> {
                    LocalDate first = date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    // the six rows of a month grid, whether its weeks start on Sunday or Monday
                    yield new Request(page, first.minusDays(1), first.plusDays(42));
                }
                case WEEK -> new Request(page, date.minusDays(7), date.plusDays(8));
                case DAY -> new Request(page, date.minusDays(1), date.plusDays(2));
            };
        }

        boolean covers(Page p, LocalDate date) {
            Request wanted = of(p, date);
            return page == p && !wanted.from.isBefore(from) && !wanted.to.isAfter(to);
        }
    }

    public CalendarViewModel(ScheduleService schedule, Clock clock, TaskExecutor executor, User user, ZoneId zone,
            Consumer<Throwable> onError) {
        this.schedule = schedule;
        this.clock = clock;
        this.tasks = new ScreenTasks(executor, onError);
        this.user = user;
        this.zone = zone;
    }

    /** Makes sure the days of {@code page} around {@code date} are loaded; does nothing when they are. */
    public void show(Page page, LocalDate date) {
        if (loaded != null && loaded.covers(page, date) || pending != null && pending.covers(page, date)) {
            return;
        }
        fetch(Request.of(page, date));
    }

    private void fetch(Request r) {
        pending = r;
        tasks.task(() -> schedule.calendar(r.from(), r.to(), zone, r.page().capPerDay()))
                .onSuccess(range -> {
                    if (r.equals(pending)) {
                        pending = null;
                        loaded = r;
                        page = r.page();
                        more.set(range.more());
                        plans.setAll(range.shown());
                    }
                }).onFailure(e -> {
                    if (r.equals(pending)) {
                        pending = null;
                    }
                }).start();
    }

    public void reload() {
        Request r = pending != null ? pending : loaded;
        if (r != null) {
            fetch(r);
        }
    }

    /** Every plan of one day, for the list behind its "+n lagi". */
    public void day(LocalDate day, Consumer<List<PlanView>> then) {
        tasks.task(() -> schedule.calendarDay(day, zone)).onSuccess(then).start();
    }

    /** Moves a plan to a new office-local start; on refusal {@code revert} puts the entry back. */
    public void reschedule(PlanView view, LocalDateTime newStart, Runnable revert) {
        PublicationPlan p = view.plan();
        tasks.task(() -> schedule.reschedule(user, p.id(), p.version(), newStart))
                .onSuccess(moved -> reload()).onFailure(e -> {
                    revert.run();
                    reload();
                }).start();
    }

    public ObservableList<PlanView> plans() {
        return plans;
    }

    /** Per office-local day, the plans loaded but not drawn. Set before {@link #plans()} changes. */
    public ReadOnlyObjectProperty<Map<LocalDate, Integer>> moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** The page the loaded plans were chosen for. */
    public Page loadedPage() {
        return page;
    }

    public ObjectProperty<ColorBy> colorByProperty() {
        return colorBy;
    }

    /** Now in the office's zone, from the app's clock: the PC's own zone may differ. */
    public java.time.ZonedDateTime now() {
        return java.time.ZonedDateTime.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
