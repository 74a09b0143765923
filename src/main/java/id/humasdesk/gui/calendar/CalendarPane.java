package id.humasdesk.gui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DateControl;
import id.humasdesk.gui.Controls;
import id.humasdesk.logic.Messages;
import id.humasdesk.logic.schedule.PlanView;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.PlanState;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * CalendarFX month/week/day views of all plans, in the office zone. One coloured calendar per
 * channel (or per status); the source tray filters them. Dragging an entry asks logic/ to move it.
 */
public final class CalendarPane {
    private static final Duration SLOT = Duration.ofMinutes(30);
    private final CalendarViewModel vm;
    private final Messages m;
    private final Consumer<UUID> openRelease;
    private final CalendarView view = new CalendarView();
    private final CalendarSource source;
    private final BorderPane root = new BorderPane();
    private boolean updating;

    public CalendarPane(CalendarViewModel vm, Messages m, Consumer<UUID> openRelease) {
        this.vm = vm;
        this.m = m;
        this.openRelease = openRelease;
        source = new CalendarSource(m.get("calendar.source"));
        view.getCalendarSources().setAll(source);
        view.setZoneId(vm.zone());
        view.setEnableTimeZoneSupport(true);
        view.setShowAddCalendarButton(false);
        view.setShowPrintButton(false);
        view.setShowPageToolBarControls(true);
        view.setShowSearchField(false);
        view.setShowSourceTray(false);
        view.setEntryFactory(p -> null);
        view.setEntryContextMenuCallback(p -> null);
        view.setContextMenuCallback(p -> null);
        view.setEntryEditPolicy(p -> p.getEditOperation() == DateControl.EditOperation.MOVE);
        view.setEntryDetailsCallback(p -> {
            if (p.getEntry().getUserObject() instanceof PlanView pv) {
                openRelease.accept(pv.releaseId());
            }
            return true;
        });
        view.showMonthPage();
        view.dateProperty().addListener((o, a, d) -> {
            if (a == null || Math.abs(d.toEpochDay() - a.toEpochDay()) > CalendarViewModel.WINDOW_DAYS / 2) {
                vm.load(d);
            }
        });
        vm.plans().addListener((javafx.collections.ListChangeListener<PlanView>) c -> rebuild());
        vm.colorByProperty().addListener((o, a, b) -> rebuild());
        root.setTop(toolbar());
        root.setCenter(view);
        root.setId("calendar-pane");
    }

    private Node toolbar() {
        ComboBox<CalendarViewModel.ColorBy> colorBy = Controls.enumCombo(CalendarViewModel.ColorBy.values(), m);
        colorBy.setId("calendar-color-by");
        colorBy.valueProperty().bindBidirectional(vm.colorByProperty());
        colorBy.setMaxWidth(200);
        Label zone = new Label(m.get("calendar.zone", IndonesianZone.labelOf(vm.zone())));
        zone.getStyleClass().add("hint");
        Label legend = new Label(m.get("calendar.legend"));
        legend.getStyleClass().add("hint");
        HBox bar = new HBox(10, new Label(m.get("calendar.colorBy")), colorBy, zone, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    /** First shows the plans around today. */
    public void start() {
        vm.load(LocalDate.now(vm.zone()));
    }

    private void rebuild() {
        updating = true;
        try {
            Map<String, Calendar> calendars = new LinkedHashMap<>();
            for (PlanView pv : vm.plans()) {
                String key = vm.colorByProperty().get() == CalendarViewModel.ColorBy.CHANNEL ? pv.channel().name()
                        : stateLabel(pv);
                Calendar cal = calendars.computeIfAbsent(key, k -> {
                    Calendar c = new Calendar(k);
                    c.setStyle(Calendar.Style.getStyle(calendars.size()));
                    return c;
                });
                cal.addEntry(entry(pv));
            }
            source.getCalendars().setAll(calendars.values());
        } finally {
            updating = false;
        }
    }

    private String stateLabel(PlanView pv) {
        return pv.missed() ? m.get("calendar.missed") : m.label(pv.plan().state());
    }

    private Entry<PlanView> entry(PlanView pv) {
        String prefix = pv.missed() ? "⚠ " : pv.plan().state() == PlanState.POSTED ? "✔ " : "";
        String warn = pv.warningKey() == null ? "" : " (" + m.get(pv.warningKey()) + ")";
        Entry<PlanView> e = new Entry<>(prefix + pv.channel().name() + " · " + pv.headline() + warn);
        ZonedDateTime start = pv.plan().at().atZone(vm.zone());
        ZonedDateTime end = start.plus(SLOT);
        if (!end.toLocalDate().equals(start.toLocalDate())) {
            end = start.toLocalDate().atTime(23, 59).atZone(vm.zone());
        }
        e.setInterval(new Interval(start, end));
        e.setUserObject(pv);
        e.setId(pv.plan().id().toString());
        e.setLocation(pv.releaseNumber());
        e.intervalProperty().addListener((o, before, after) -> {
            if (updating || before.getStartZonedDateTime().equals(after.getStartZonedDateTime())) {
                return;
            }
            LocalDateTime local = after.getStartZonedDateTime().withZoneSameInstant(vm.zone()).toLocalDateTime();
            vm.reschedule(pv, local, () -> {
                updating = true;
                try {
                    e.setInterval(before);
                } finally {
                    updating = false;
                }
            });
        });
        return e;
    }

    public Node root() {
        return root;
    }
}
