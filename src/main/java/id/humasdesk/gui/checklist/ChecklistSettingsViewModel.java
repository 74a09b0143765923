package id.humasdesk.gui.checklist;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.check.ChecklistRule;
import id.humasdesk.logic.check.ChecklistService;
import id.humasdesk.logic.check.ChecklistSettings;
import id.humasdesk.logic.check.RuleLevel;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ContentRules;
import id.humasdesk.model.User;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The office's checklist settings for an administrator: each rule required, recommended or off,
 * and the longest headline. Saving goes through logic/, which checks the role again.
 */
public final class ChecklistSettingsViewModel {
    private final ChecklistService checklist;
    private final ScreenTasks tasks;
    private final Messages messages;
    private final User admin;
    private final Map<ChecklistRule, ObjectProperty<RuleLevel>> levels = new EnumMap<>(ChecklistRule.class);
    private final StringProperty headlineMax = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ChecklistSettingsViewModel(ChecklistService checklist, TaskExecutor executor, Messages messages,
            User admin) {
        this.checklist = checklist;
        this.tasks = new ScreenTasks(executor, this::failed);
        this.messages = messages;
        this.admin = admin;
        for (ChecklistRule r : ChecklistRule.values()) {
            levels.put(r, new SimpleObjectProperty<>(r.defaultLevel()));
        }
    }

    public void load() {
        tasks.task(() -> checklist.settings()).onSuccess(this::show).start();
    }

    private void show(ChecklistSettings s) {
        for (ChecklistRule r : ChecklistRule.values()) {
            levels.get(r).set(s.level(r));
        }
        headlineMax.set(Integer.toString(s.headlineMaxLength()));
        loaded.set(true);
    }

    /** The office's starting levels; saved only with {@link #save}. */
    public void resetToDefaults() {
        ChecklistSettings d = ChecklistSettings.defaults();
        show(d);
    }

    /** Saves; {@code done} runs only when the settings were stored. */
    public void save(Runnable done) {
        error.set("");
        ChecklistSettings s;
        try {
            s = new ChecklistSettings(currentLevels(), parseHeadlineMax());
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        tasks.task(() -> checklist.saveSettings(admin, s)).busy(busy).onSuccess(x -> done.run()).start();
    }

    private Map<ChecklistRule, RuleLevel> currentLevels() {
        Map<ChecklistRule, RuleLevel> out = new EnumMap<>(ChecklistRule.class);
        levels.forEach((r, p) -> out.put(r, p.get()));
        return out;
    }

    private int parseHeadlineMax() {
        try {
            return Integer.parseInt(headlineMax.get().strip());
        } catch (NumberFormatException e) {
            throw new id.humasdesk.model.UserFacingException("check.settings.headlineMaxInvalid",
                    ChecklistSettings.MIN_HEADLINE_MAX, ContentRules.HEADLINE_MAX);
        }
    }

    private void failed(Throwable e) {
        error.set(messages.describe(e));
    }

    public ObjectProperty<RuleLevel> levelProperty(ChecklistRule rule) {
        return levels.get(rule);
    }

    public StringProperty headlineMaxProperty() {
        return headlineMax;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
