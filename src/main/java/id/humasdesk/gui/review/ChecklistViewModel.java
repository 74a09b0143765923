package id.humasdesk.gui.review;

import id.humasdesk.gui.common.ScreenTask;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.check.ChecklistResult;
import id.humasdesk.logic.check.ChecklistService;
import id.humasdesk.logic.check.RuleResult;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The checklist of the release in the editor, evaluated on the text as it is typed (the gate on
 * submit and approve evaluates the saved text in logic/). When a submit or approve is refused, the
 * refused result is shown with the reason, until the next evaluation passes.
 */
public final class ChecklistViewModel {
    private final ChecklistService checklist;
    private final ScreenTasks tasks;
    private final Messages messages;
    private final ObservableList<RuleResult> rules = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    /** The evaluation running, if any. */
    private ScreenTask<ChecklistResult> current;

    public ChecklistViewModel(ChecklistService checklist, TaskExecutor executor, Messages messages,
            Consumer<Throwable> onError) {
        this.checklist = checklist;
        this.tasks = new ScreenTasks(executor, onError);
        this.messages = messages;
    }

    /** Evaluates the editor's content off the FX thread; {@code releaseId} is null while unsaved. */
    public void refresh(ReleaseType type, ReleaseContent content, UUID releaseId) {
        if (current != null) {
            current.cancel(); // a newer text supersedes it
        }
        current = tasks.task(() -> checklist.evaluate(type, content, releaseId)).busy(checking)
                .onSuccess(result -> {
                    show(result);
                    if (result.passed()) {
                        refusal.set("");
                    }
                }).start();
    }

    /** Submit or approve was refused by the checklist: show that result and name the rules in the way. */
    public void refused(ChecklistResult result) {
        if (current != null) {
            current.cancel(); // its result would hide the refusal
        }
        show(result);
        StringBuilder text = new StringBuilder(messages.get("check.checklist.blocked", result.blocking().size()));
        for (RuleResult r : result.blocking()) {
            text.append("\n• ").append(messages.label(r.rule()));
            reasons(r).forEach(reason -> text.append("\n   ").append(reason));
        }
        refusal.set(text.toString());
    }

    private void show(ChecklistResult result) {
        rules.setAll(result.results());
        long blocking = result.blocking().size();
        long warnings = result.warnings().size();
        if (blocking == 0) {
            summary.set(warnings == 0 ? messages.get("check.panel.allPassed")
                    : messages.get("check.panel.warningsOnly", warnings));
        } else {
            summary.set(warnings == 0 ? messages.get("check.panel.blocking", blocking)
                    : messages.get("check.panel.blockingAndWarnings", blocking, warnings));
        }
    }

    /** The rule's reasons in the user's language. */
    public List<String> reasons(RuleResult r) {
        return r.problems().stream().map(p -> messages.get(p.messageKey(), p.argArray())).toList();
    }

    public ObservableList<RuleResult> rules() {
        return rules;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Non-empty after a refused submit or approve, until the checklist passes. */
    public StringProperty refusalProperty() {
        return refusal;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
