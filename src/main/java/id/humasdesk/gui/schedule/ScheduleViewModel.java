package id.humasdesk.gui.schedule;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.schedule.PlanRequest;
import id.humasdesk.logic.schedule.ScheduleService;
import id.humasdesk.model.Channel;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.OfficeHours;
import id.humasdesk.model.Release;
import id.humasdesk.model.User;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scheduling one approved release: which channels, when (office time, shown with WIB/WITA/WIT),
 * per-channel text with a live length check, an optional embargo. Logic checks everything again.
 */
public final class ScheduleViewModel {
    private static final Pattern TIME = Pattern.compile("^\\s*(\\d{1,2})[.:](\\d{2})\\s*$");

    /** The services the schedule dialog uses; {@code officeClock} runs in the office zone, where times are entered. */
    public record Deps(ScheduleService schedule, Clock officeClock) {
    }

    private final ScheduleService schedule;
    private final Clock clock;
    private final ScreenTasks tasks;
    private final Messages m;
    private final User user;
    private final Release release;
    private final ZoneId zone;
    private final ObservableList<ChannelRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.chosenProperty(), r.dateProperty(), r.timeProperty(), r.captionProperty()});
    private final BooleanProperty embargo = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> embargoDate = new SimpleObjectProperty<>();
    private final StringProperty embargoTime = new SimpleStringProperty("00.00");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty zoneLabel = new SimpleStringProperty("");
    private final BooleanBinding canSubmit;
    private OfficeHours hours = OfficeHours.DEFAULT;

    public ScheduleViewModel(Deps services, TaskExecutor executor, Messages m, User user, Release release,
            Consumer<Throwable> onError) {
        this.schedule = services.schedule();
        this.clock = services.officeClock();
        this.tasks = new ScreenTasks(executor, onError);
        this.m = m;
        this.user = user;
        this.release = release;
        this.zone = clock.getZone();
        zoneLabel.set(IndonesianZone.labelOf(zone));
        embargoDate.set(LocalDate.now(clock.withZone(zone)));
        rows.addListener((javafx.collections.ListChangeListener<ChannelRow>) c -> validate());
        embargo.addListener(x -> validate());
        embargoDate.addListener(x -> validate());
        embargoTime.addListener(x -> validate());
        canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && rows.stream().anyMatch(r -> r.chosenProperty()
                .get()) && rows.stream().filter(r -> r.chosenProperty().get()).allMatch(r -> r.problemProperty()
                .get().isEmpty()) && (!embargo.get() || parse(embargoDate.get(), embargoTime.get()) != null),
                rows, busy, embargo, embargoDate, embargoTime);
    }

    /** Loads the channels and office hours; the default time is tomorrow 09.00 office time. */
    public void load() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
        tasks.task(() -> new Loaded(schedule.channels(), schedule.officeHours()))
                .onSuccess(r -> {
                    hours = r.hours();
                    List<ChannelRow> list = new ArrayList<>();
                    for (Channel ch : r.channels()) {
                        if (ch.active()) {
                            list.add(new ChannelRow(ch, tomorrow));
                        }
                    }
                    rows.setAll(list);
                }).start();
    }

    private record Loaded(List<Channel> channels, OfficeHours hours) {
    }

    private void validate() {
        for (ChannelRow row : rows) {
            Channel ch = row.channel();
            String text = row.captionProperty().get().isBlank() ? release.content().headline()
                    : row.captionProperty().get();
            int len = text.codePointCount(0, text.length());
            row.lengthProperty().set(ch.charLimit() == 0 ? Integer.toString(len) : len + "/" + ch.charLimit());
            LocalDateTime local = parse(row.dateProperty().get(), row.timeProperty().get());
            LocalDateTime emb = embargo.get() ? parse(embargoDate.get(), embargoTime.get()) : null;
            String problem = schedule.problem(release, ch, row.captionProperty().get(), local, emb);
            row.problemProperty().set(problem == null ? "" : m.get(problem, ch.name(), ch.charLimit()));
            String warning = local == null ? null : hours.warningFor(local.atZone(zone));
            row.warningProperty().set(warning == null ? "" : m.get(warning));
        }
    }

    /** "09.00" or "9:00" on a date; null when it is not a time. */
    static LocalDateTime parse(LocalDate date, String time) {
        if (date == null || time == null) {
            return null;
        }
        Matcher t = TIME.matcher(time);
        if (!t.matches()) {
            return null;
        }
        int h = Integer.parseInt(t.group(1));
        int min = Integer.parseInt(t.group(2));
        return h < 24 && min < 60 ? LocalDateTime.of(date, LocalTime.of(h, min)) : null;
    }

    public void submit(Consumer<Release> done) {
        if (!canSubmit.get()) {
            return;
        }
        LocalDateTime emb = embargo.get() ? parse(embargoDate.get(), embargoTime.get()) : null;
        List<PlanRequest> requests = rows.stream().filter(r -> r.chosenProperty().get())
                .map(r -> new PlanRequest(r.channel().id(), parse(r.dateProperty().get(), r.timeProperty().get()),
                        r.captionProperty().get(), emb)).toList();
        tasks.task(() -> schedule.schedule(user, release.id(), release.version(), requests)).busy(busy)
                .onSuccess(done).start();
    }

    public ObservableList<ChannelRow> rows() {
        return rows;
    }

    public BooleanProperty embargoProperty() {
        return embargo;
    }

    public ObjectProperty<LocalDate> embargoDateProperty() {
        return embargoDate;
    }

    public StringProperty embargoTimeProperty() {
        return embargoTime;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public StringProperty zoneLabelProperty() {
        return zoneLabel;
    }

    public Release release() {
        return release;
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
