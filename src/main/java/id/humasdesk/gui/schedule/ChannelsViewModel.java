package id.humasdesk.gui.schedule;

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
    private final TaskExecutor executor;
    private final User admin;
    private final Consumer<Throwable> onError;
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final StringProperty hoursStart = new SimpleStringProperty("");
    private final StringProperty hoursEnd = new SimpleStringProperty("");
    private final BooleanProperty weekendsToo = new SimpleBooleanProperty(false);

    public ChannelsViewModel(ScheduleService schedule, TaskExecutor executor, User admin, Consumer<Throwable> onError) {
        this.schedule = schedule;
        this.executor = executor;
        this.admin = admin;
        this.onError = onError;
    }

    /** Loads the channels and the office hours. */
    public void load() {
        loadChannels();
        executor.run(schedule::officeHours, h -> {
            hoursStart.set(HM.format(h.start()));
            hoursEnd.set(HM.format(h.end()));
            weekendsToo.set(h.workdays().contains(DayOfWeek.SATURDAY));
        }, onError);
    }

    private void loadChannels() {
        executor.run(schedule::channels, channels::setAll, onError);
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
        executor.run(() -> schedule.saveChannel(admin, changed), x -> loadChannels(), onError);
    }

    /** Saves the office hours typed as HH.mm; weekdays only unless weekends are ticked. */
    public void saveHours() {
        try {
            Set<DayOfWeek> days = weekendsToo.get() ? EnumSet.allOf(DayOfWeek.class)
                    : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            OfficeHours h = new OfficeHours(LocalTime.parse(hoursStart.get().strip(), HM),
                    LocalTime.parse(hoursEnd.get().strip(), HM), days);
            executor.run(() -> {
                schedule.saveOfficeHours(admin, h);
                return null;
            }, x -> { }, onError);
        } catch (DateTimeParseException ex) {
            onError.accept(new UserFacingException(ex, "error.officeHours.invalid"));
        } catch (RuntimeException ex) {
            onError.accept(ex);
        }
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
