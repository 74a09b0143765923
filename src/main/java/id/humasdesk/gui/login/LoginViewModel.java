package id.humasdesk.gui.login;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Office;
import id.humasdesk.model.User;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Sign-in: enabled once the database is open, one attempt at a time. */
public final class LoginViewModel {
    private final ScreenTasks tasks;
    private final Messages messages;
    private final Consumer<User> onSignedIn;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty officeName = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<AccountService> accounts = new SimpleObjectProperty<>();
    private final BooleanBinding canSubmit;

    public LoginViewModel(TaskExecutor executor, Messages messages, String lastUsername, Consumer<User> onSignedIn) {
        this.tasks = new ScreenTasks(executor, this::showError);
        this.messages = messages;
        this.onSignedIn = onSignedIn;
        username.set(lastUsername == null ? "" : lastUsername);
        canSubmit = Bindings.createBooleanBinding(() -> accounts.get() != null && !busy.get()
                && !username.get().isBlank() && !password.get().isEmpty(), accounts, busy, username, password);
    }

    /** The database is open; {@code office} was read with it, off the FX thread. */
    public void connected(AccountService accounts, Office office) {
        this.accounts.set(accounts);
        officeName.set(office.name());
    }

    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        error.set("");
        String name = username.get();
        char[] pwd = password.get().toCharArray();
        AccountService a = accounts.get();
        tasks.task(() -> a.login(name, pwd)).busy(busy).onSuccess(user -> {
            password.set("");
            onSignedIn.accept(user);
        }).onFailure(failure -> password.set("")).start();
    }

    /** A refused sign-in is said under the form, not in a dialog. */
    private void showError(Throwable failure) {
        error.set(messages.describe(failure));
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Null until the database is open. */
    public ObjectProperty<AccountService> accountsProperty() {
        return accounts;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
