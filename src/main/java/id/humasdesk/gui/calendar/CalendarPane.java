package id.humasdesk.gui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DateControl;
import id.humasdesk.gui.common.Controls;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.schedule.PlanView;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.PlanState;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * CalendarFX month/week/day views of all plans, in the office zone. One coloured calendar per
 * channel (or per status); the source tray filters them. Dragging an entry asks logic/ to move it.
 */
public final class CalendarPane {
    private static final Duration SLOT = Duration.ofMinutes(30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
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
        view.setEnableTimeZoneSupport(false);
        view.setShowAddCalendarButton(false);
        view.setShowPrintButton(false);
        view.setShowPageToolBarControls(true);
        view.setShowSearchField(false);
        view.setShowSourceTray(false);
        view.setEntryFactory(p -> null);
        view.setEntryContextMenuCallback(p -> null);
        view.setContextMenuCallback(p -> null);
        view.setEntryEditPolicy(p -> p.getEditOperation() == DateControl.EditOperation.MOVE
                && p.getEntry().getUserObject() instanceof PlanView);
        view.setEntryDetailsCallback(p -> {
            if (p.getEntry().getUserObject() instanceof PlanView pv) {
                openRelease.accept(pv.releaseId());
            } else if (p.getEntry().getUserObject() instanceof DayMore more) {
                showDay(more.day());
            }
            return true;
        });
        // CalendarFX takes "today" and the now-line from the PC's zone once, at construction.
        showNow();
        view.setDate(view.getToday());
        Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(30), e -> showNow()));
        tick.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                tick.stop();
            } else {
                showNow();
                tick.play();
            }
        });
        view.showMonthPage();
        view.dateProperty().addListener((o, a, d) -> vm.show(page(), d));
        view.selectedPageProperty().addListener((o, a, p) -> vm.show(page(), view.getDate()));
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

    private void showNow() {
        java.time.ZonedDateTime now = vm.now();
        view.setToday(now.toLocalDate());
        view.setTime(now.toLocalTime());
    }

    /** First shows the plans around today. */
    public void start() {
        vm.show(page(), view.getDate());
    }

    /** The page on screen; the year page loads like the month page. */
    private CalendarViewModel.Page page() {
        CalendarView.Page p = view.getSelectedPage();
        return p == CalendarView.Page.DAY ? CalendarViewModel.Page.DAY
                : p == CalendarView.Page.WEEK ? CalendarViewModel.Page.WEEK : CalendarViewModel.Page.MONTH;
    }

    /** The plans of one day, all of them, in a list (what "+n lagi" stands for). */
    private void showDay(LocalDate day) {
        ListView<PlanView> list = new ListView<>();
        list.setId("calendar-day-list");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PlanView pv, boolean empty) {
                super.updateItem(pv, empty);
                setText(empty || pv == null ? null : TIME.format(pv.plan().at().atZone(vm.zone())) + "  "
                        + title(pv));
            }
        });
        list.setOnMouseClicked(e -> {
            PlanView pv = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && pv != null) {
                openRelease.accept(pv.releaseId());
            }
        });
        list.setPrefSize(640, 420);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        String date = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", m.locale()).format(day);
        dialog.setTitle(m.get("calendar.day.title", date, "…"));
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        vm.day(day, plans -> {
            list.getItems().setAll(plans);
            dialog.setTitle(m.get("calendar.day.title", date, plans.size()));
        });
        dialog.show();
    }

    private void rebuild() {
        updating = true;
        try {
            Map<String, Calendar> calendars = new LinkedHashMap<>();
            Map<LocalDate, Integer> hidden = vm.moreProperty().get();
            // A month cell has room for two lines: a busy day shows one line with all its plans counted
            boolean month = vm.loadedPage() == CalendarViewModel.Page.MONTH;
            Map<LocalDate, Integer> folded = new HashMap<>(hidden);
            for (PlanView pv : vm.plans()) {
                LocalDate day = pv.plan().at().atZone(vm.zone()).toLocalDate();
                if (month && hidden.containsKey(day)) {
                    folded.merge(day, 1, Integer::sum);
                    continue;
                }
                String key = vm.colorByProperty().get() == CalendarViewModel.ColorBy.CHANNEL ? pv.channel().name()
                        : stateLabel(pv);
                Calendar cal = calendars.computeIfAbsent(key, k -> {
                    Calendar c = new Calendar(k);
                    c.setStyle(Calendar.Style.getStyle(calendars.size()));
                    return c;
                });
                cal.addEntry(entry(pv));
            }
            if (!hidden.isEmpty()) {
                Calendar moreCal = new Calendar(m.get("calendar.moreSource"));
                moreCal.setStyle(Calendar.Style.STYLE7);
                moreCal.setReadOnly(true);
                (month ? folded : hidden).forEach((day, n) -> moreCal.addEntry(
                        moreEntry(day, m.get(month ? "calendar.dayTotal" : "calendar.more", n))));
                calendars.put(" more", moreCal);
            }
            source.getCalendars().setAll(calendars.values());
        } finally {
            updating = false;
        }
    }

    private String stateLabel(PlanView pv) {
        return pv.missed() ? m.get("calendar.missed") : m.label(pv.plan().state());
    }

    /** A whole-day entry ("+n lagi", or "n rencana" in a month cell) standing for plans not drawn. */
    private Entry<DayMore> moreEntry(LocalDate day, String title) {
        Entry<DayMore> e = new Entry<>(title);
        e.setInterval(new Interval(day.atStartOfDay(vm.zone()), day.atTime(23, 59).atZone(vm.zone())));
        e.setFullDay(true);
        e.setId("more-" + day);
        e.setUserObject(new DayMore(day));
        return e;
    }

    /** Stands for the plans of one day that the calendar counts but does not draw. */
    record DayMore(LocalDate day) {
    }

    private String title(PlanView pv) {
        String prefix = pv.missed() ? "⚠ " : pv.plan().state() == PlanState.POSTED ? "✔ " : "";
        String warn = pv.warningKey() == null ? "" : " (" + m.get(pv.warningKey()) + ")";
        return prefix + pv.channel().name() + " · " + pv.headline() + warn;
    }

    private Entry<PlanView> entry(PlanView pv) {
        Entry<PlanView> e = new Entry<>(title(pv));
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
