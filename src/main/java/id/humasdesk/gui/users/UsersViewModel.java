package id.humasdesk.gui.users;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.account.AccountService;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** User administration for office admins; every action is checked again in logic/. */
public final class UsersViewModel {
    private final AccountService accounts;
    private final TaskExecutor executor;
    private final User admin;
    private final Consumer<Throwable> onError;
    private final ObservableList<User> users = FXCollections.observableArrayList();

    public UsersViewModel(AccountService accounts, TaskExecutor executor, User admin, Consumer<Throwable> onError) {
        this.accounts = accounts;
        this.executor = executor;
        this.admin = admin;
        this.onError = onError;
    }

    public void load() {
        executor.run(() -> accounts.listUsers(admin), users::setAll, onError);
    }

    public void add(String username, String fullName, Set<Role> roles, char[] password, Runnable done) {
        executor.run(() -> accounts.addUser(admin, username, fullName, roles, password), u -> {
            load();
            done.run();
        }, onError);
    }

    public void setActive(User user, boolean active) {
        executor.run(() -> accounts.setActive(admin, user.id(), active), u -> load(), onError);
    }

    public void setRoles(User user, Set<Role> roles) {
        executor.run(() -> accounts.updateRoles(admin, user.id(), roles), u -> load(), onError);
    }

    public void resetPassword(User user, char[] password, Runnable done) {
        executor.run(() -> {
            accounts.resetPassword(admin, user.id(), password);
            return null;
        }, x -> done.run(), onError);
    }

    public ObservableList<User> users() {
        return users;
    }
}
