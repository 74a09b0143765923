package id.humasdesk.gui.hosting;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.OfficeLink;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status bar's line about the office database (decision note 0620): on a host "this PC hosts,
 * n PCs connected", on a client which host it uses and whether it answers, on a server PC the same
 * for the server. {@link #refresh()} asks the database off the FX thread; a client whose host went
 * away says so and turns back to "connected" by itself at the first check after the host is back
 * (the pool replaces the dead connections).
 */
public final class LinkStatusViewModel {
    /** How the line looks: fine, a hosting that should run but does not, or the database away. */
    public enum Level { OK, WARNING, DOWN }

    private final OfficeLink link;
    private final ScreenTasks tasks;
    private final Messages m;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.OK);
    private boolean checking;

    public LinkStatusViewModel(OfficeLink link, TaskExecutor executor, Messages m) {
        this.link = link;
        // A failed check is logged and told in the line itself: the database is not reachable.
        this.tasks = new ScreenTasks(executor, failure -> show(OfficeLink.State.unreachable(null)));
        this.m = m;
        text.set(m.get("hosting.status.checking"));
    }

    /** Checks the office database now (skipped while a check is still under way). */
    public void refresh() {
        if (checking) {
            return;
        }
        checking = true;
        tasks.task(link::check).onSuccess(state -> {
            checking = false;
            show(state);
        }).onFailure(failure -> checking = false).start();
    }

    private void show(OfficeLink.State state) {
        String where = link.where();
        detail.set("");
        if (!state.reachable()) {
            level.set(Level.DOWN);
            text.set(where.isEmpty() ? m.get("hosting.status.unreachableHere")
                    : m.get("hosting.status.unreachable", where));
            detail.set(where.isEmpty() ? (state.problem() == null ? "" : m.describe(state.problem()))
                    : m.get("hosting.status.unreachable.detail", where));
            return;
        }
        switch (link.kind()) {
            case HOSTING -> {
                level.set(Level.OK);
                text.set(m.get("hosting.status.hosting", where, state.connectedPcs()));
                detail.set(m.get("hosting.status.hosting.detail", where));
            }
            case HOSTED -> {
                level.set(Level.OK);
                text.set(m.get("hosting.status.hosted", where));
                detail.set(m.get("hosting.status.hosted.detail", where));
            }
            case SERVER -> {
                level.set(Level.OK);
                text.set(m.get("hosting.status.server", where));
            }
            case THIS_PC -> {
                var problem = link.hostingProblem();
                level.set(problem.isPresent() ? Level.WARNING : Level.OK);
                text.set(problem.isPresent() ? m.get("hosting.status.notHosting") : m.get("hosting.status.thisPc"));
                problem.ifPresent(p -> detail.set(m.get("hosting.status.notHosting.detail",
                        HostingProblems.describe(m, p))));
            }
            default -> throw new IllegalStateException(link.kind().name());
        }
    }

    /** The window closed: no more checks, nothing more is shown. */
    public void close() {
        tasks.close();
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** The longer explanation (what is wrong and what to do), for the tooltip; empty when all is well. */
    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level;
    }
}
