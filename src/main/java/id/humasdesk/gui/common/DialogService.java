package id.humasdesk.gui.common;

import java.util.Optional;

/** Messages and questions to the user; a fake in tests records them instead. */
public interface DialogService {
    void error(Throwable failure);

    void info(String title, String text);

    boolean confirm(String title, String text);

    /** Yes, no or cancel: empty means cancel. */
    Optional<Boolean> confirmSave(String title, String text);
}
