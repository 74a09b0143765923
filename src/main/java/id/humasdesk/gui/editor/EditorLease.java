package id.humasdesk.gui.editor;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.model.EditLease;
import id.humasdesk.model.Release;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who may change the release on screen (decision 0010): this user's right to edit it, the edit lease
 * held or lost, the note saying who holds it, and whether a take-over is offered. The lease is renewed
 * on each heartbeat and given up when the editor closes.
 */
final class EditorLease {
    private final LeaseService leases;
    private final Clock clock;
    private final ScreenTasks tasks;
    private final Messages messages;
    private final Formats formats;
    private final User user;
    private final ObjectProperty<Release> release;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final StringProperty lockNote = new SimpleStringProperty("");
    private final BooleanProperty canTakeOver = new SimpleBooleanProperty(false);
    private boolean mayEdit = true;
    private boolean held = true;
    private boolean editedSinceBeat;

    EditorLease(LeaseService leases, Clock clock, ScreenTasks tasks, Wording wording, User user,
            ObjectProperty<Release> release) {
        this.leases = leases;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = wording.messages();
        this.formats = wording.formats();
        this.user = user;
        this.release = release;
    }

    /** After opening: may this user edit, and did the lease come (null when not asked for). */
    void opened(boolean may, LeaseService.Outcome lease) {
        mayEdit = may;
        held = !may || lease == null || lease.granted();
        if (may && lease != null && !lease.granted()) {
            EditLease l = lease.lease();
            lockNote.set(messages.get("editor.lockedBy", l.userName(), l.machine(), formats.dateTime(l.acquiredAt())));
            canTakeOver.set((user.has(Role.REVIEWER) || user.has(Role.ADMIN)) && l.staleAt(clock.instant()));
        } else {
            lockNote.set("");
            canTakeOver.set(false);
        }
        update();
    }

    /** The right to edit was checked again (the release changed elsewhere). */
    void mayEdit(boolean may) {
        mayEdit = may;
        update();
    }

    /** This user took the release over: the lease is theirs now. */
    void takenOver() {
        held = true;
        lockNote.set("");
        canTakeOver.set(false);
    }

    /** The user changed something since the last heartbeat (the lease is then kept as in use). */
    void edited(boolean dirty) {
        editedSinceBeat |= dirty;
    }

    /** Every half minute while open: keeps the lease, or learns it was taken over. */
    void heartbeat() {
        Release r = release.get();
        if (r == null || !mayEdit || !held) {
            return;
        }
        boolean edited = editedSinceBeat;
        editedSinceBeat = false;
        tasks.task(() -> leases.renew(user, r.id(), edited)).onSuccess(kept -> {
            if (!kept) {
                held = false;
                lockNote.set(messages.get("editor.leaseLost"));
                update();
            }
        }).start();
    }

    /** Gives up the lease when the editor closes. */
    void close() {
        Release r = release.get();
        if (r != null && mayEdit && held) {
            tasks.task(() -> leases.release(user, r.id())).start();
        }
    }

    /** Editable follows the status, the user's right and the lease. */
    void update() {
        Release r = release.get();
        editable.set(r == null || mayEdit && held && r.status().editable() && !r.trashed());
    }

    ReadOnlyBooleanProperty editable() {
        return editable.getReadOnlyProperty();
    }

    StringProperty lockNote() {
        return lockNote;
    }

    BooleanProperty canTakeOver() {
        return canTakeOver;
    }
}
