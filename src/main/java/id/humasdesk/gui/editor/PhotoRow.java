package id.humasdesk.gui.editor;

import id.humasdesk.model.Photo;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A photo with its editable caption and credit. */
public final class PhotoRow {
    private final Photo photo;
    private final StringProperty caption = new SimpleStringProperty("");
    private final StringProperty credit = new SimpleStringProperty("");

    public PhotoRow(Photo photo) {
        this.photo = photo;
        caption.set(photo.caption());
        credit.set(photo.credit());
    }

    public Photo photo() {
        return photo;
    }

    public Photo toModel() {
        return photo.withCaption(caption.get()).withCredit(credit.get());
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public StringProperty creditProperty() {
        return credit;
    }
}
