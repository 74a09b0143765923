package id.humasdesk.gui.schedule;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.schedule.ScheduleService;
import id.humasdesk.model.Channel;
import id.humasdesk.model.OfficeHours;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Admin: the office's channels (name, character limit, photo required, active) and its office
 * hours, which scheduling warns about. Loads and saves through the schedule service, off the FX thread.
 */
public final class ChannelsViewModel {
    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH.mm");
    private final ScheduleService schedule;
    private final ScreenTasks tasks;
    private final User admin;
    private final Consumer<Throwable> onError;
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final StringProperty hoursStart = new SimpleStringProperty("");
    private final StringProperty hoursEnd = new SimpleStringProperty("");
    private final BooleanProperty weekendsToo = new SimpleBooleanProperty(false);

    public ChannelsViewModel(ScheduleService schedule, TaskExecutor executor, User admin, Consumer<Throwable> onError) {
        this.schedule = schedule;
        this.tasks = new ScreenTasks(executor, onError);
        this.admin = admin;
        this.onError = onError;
    }

    /** Loads the channels and the office hours. */
    public void load() {
        loadChannels();
        tasks.task(schedule::officeHours).onSuccess(h -> {
            hoursStart.set(HM.format(h.start()));
            hoursEnd.set(HM.format(h.end()));
            weekendsToo.set(h.workdays().contains(DayOfWeek.SATURDAY));
        }).start();
    }

    private void loadChannels() {
        tasks.task(schedule::channels).onSuccess(channels::setAll).start();
    }

    /** Saves the edited fields of {@code ch}; a limit that is not a number is refused by logic. */
    public void apply(Channel ch, String name, String limit, boolean photoRequired, boolean active) {
        int lim;
        try {
            lim = Integer.parseInt(limit.strip());
        } catch (NumberFormatException ex) {
            lim = -1;
        }
        Channel changed = new Channel(ch.id(), ch.code(), name, lim, photoRequired, active, ch.sortOrder());
        tasks.task(() -> schedule.saveChannel(admin, changed)).onSuccess(x -> loadChannels()).start();
    }

    /** Saves the office hours typed as HH.mm; weekdays only unless weekends are ticked. */
    public void saveHours() {
        try {
            Set<DayOfWeek> days = weekendsToo.get() ? EnumSet.allOf(DayOfWeek.class)
                    : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            OfficeHours h = new OfficeHours(LocalTime.parse(hoursStart.get().strip(), HM),
                    LocalTime.parse(hoursEnd.get().strip(), HM), days);
            tasks.task(() -> schedule.saveOfficeHours(admin, h)).start();
        } catch (DateTimeParseException ex) {
            onError.accept(new UserFacingException(ex, "error.officeHours.invalid"));
        } catch (RuntimeException ex) {
            onError.accept(ex);
        }
    }

    /** The window closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }

    public ObservableList<Channel> channels() {
        return channels;
    }

    public StringProperty hoursStartProperty() {
        return hoursStart;
    }

    public StringProperty hoursEndProperty() {
        return hoursEnd;
    }

    public BooleanProperty weekendsTooProperty() {
        return weekendsToo;
    }
}
