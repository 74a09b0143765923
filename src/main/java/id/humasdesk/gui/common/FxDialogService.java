package id.humasdesk.gui.common;

import id.humasdesk.logic.common.Messages;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Alerts in the user's language; failures show their message, never a stack trace. */
public final class FxDialogService implements DialogService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            FxDialogService.class.getName());
    private final Messages messages;
    private Window owner;
    private volatile boolean closing;

    public FxDialogService(Messages messages) {
        this.messages = messages;
    }

    /**
     * The app is closing: from now on no dialog opens (a nested event loop while the toolkit exits
     * hangs the process). Messages go to the log instead; questions get their safe answer (no,
     * cancel).
     */
    public void closing() {
        closing = true;
    }

    public boolean isClosing() {
        return closing;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(Throwable failure) {
        Alert a = new Alert(Alert.AlertType.ERROR, messages.describe(failure), ButtonType.OK);
        a.setTitle(messages.get("dialog.error.title"));
        a.setHeaderText(null);
        show(a);
    }

    @Override
    public void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(null);
        show(a);
    }

    @Override
    public boolean confirm(String title, String text) {
        ButtonType yes = new ButtonType(messages.get("button.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("button.no"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        a.setTitle(title);
        a.setHeaderText(null);
        return show(a).filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<Boolean> confirmSave(String title, String text) {
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("button.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, save, discard, cancel);
        a.setTitle(title);
        a.setHeaderText(null);
        Optional<ButtonType> r = show(a);
        if (r.isEmpty() || r.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(r.get() == save);
    }

    private Optional<ButtonType> show(Alert a) {
        if (closing) {
            LOG.info(() -> "Closing: dialog not shown: " + a.getTitle() + ": " + a.getContentText());
            return Optional.empty();
        }
        if (owner != null) {
            a.initOwner(owner);
        }
        a.getDialogPane().setMinWidth(420);
        return a.showAndWait();
    }
}
