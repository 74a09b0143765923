package id.humasdesk.gui.schedule;

import id.humasdesk.model.Channel;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One channel in the schedule dialog: chosen or not, when, and its own caption. */
public final class ChannelRow {
    private final Channel channel;
    private final BooleanProperty chosen = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("09.00");
    private final StringProperty caption = new SimpleStringProperty("");
    private final StringProperty length = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");

    public ChannelRow(Channel channel, LocalDate defaultDate) {
        this.channel = channel;
        date.set(defaultDate);
    }

    public Channel channel() {
        return channel;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty captionProperty() {
        return caption;
    }

    /** "123/280" (or "123" where the channel has no limit). */
    public StringProperty lengthProperty() {
        return length;
    }

    /** Why this entry cannot be saved, in the user's language; empty when fine. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** A warning that does not block (weekend, outside office hours). */
    public StringProperty warningProperty() {
        return warning;
    }
}
