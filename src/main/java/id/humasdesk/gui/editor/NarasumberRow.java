package id.humasdesk.gui.editor;

import id.humasdesk.model.Narasumber;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable line of the narasumber table. */
public final class NarasumberRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");

    public NarasumberRow(Narasumber n) {
        name.set(n.name());
        title.set(n.title());
        topic.set(n.topic());
    }

    public Narasumber toModel() {
        return new Narasumber(name.get(), title.get(), topic.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty topicProperty() {
        return topic;
    }
}
