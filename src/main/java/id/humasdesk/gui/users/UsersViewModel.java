package id.humasdesk.gui.users;

import id.humasdesk.gui.common.ScreenTasks;
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
    private final ScreenTasks tasks;
    private final User admin;
    private final ObservableList<User> users = FXCollections.observableArrayList();

    public UsersViewModel(AccountService accounts, TaskExecutor executor, User admin, Consumer<Throwable> onError) {
        this.accounts = accounts;
        this.tasks = new ScreenTasks(executor, onError);
        this.admin = admin;
    }

    public void load() {
        tasks.task(() -> accounts.listUsers(admin)).onSuccess(users::setAll).start();
    }

    public void add(String username, String fullName, Set<Role> roles, char[] password, Runnable done) {
        tasks.task(() -> accounts.addUser(admin, username, fullName, roles, password)).onSuccess(u -> {
            load();
            done.run();
        }).start();
    }

    public void setActive(User user, boolean active) {
        tasks.task(() -> accounts.setActive(admin, user.id(), active)).onSuccess(u -> load()).start();
    }

    public void setRoles(User user, Set<Role> roles) {
        tasks.task(() -> accounts.updateRoles(admin, user.id(), roles)).onSuccess(u -> load()).start();
    }

    public void resetPassword(User user, char[] password, Runnable done) {
        tasks.task(() -> accounts.resetPassword(admin, user.id(), password)).onSuccess(x -> done.run())
                .start();
    }

    public ObservableList<User> users() {
        return users;
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
