package id.humasdesk.gui.hosting;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.HostingPlan;
import id.humasdesk.logic.hosting.HostingService;
import id.humasdesk.logic.hosting.OfficeLink;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Admin → hosting: whether this PC hosts the office database, on which of its LAN addresses and
 * port, and a new join code on request. Saving or stopping takes effect at the app's next start
 * (decision note 0620); {@link #restartNeededProperty()} then asks the view to offer closing now.
 */
public final class HostingViewModel {
    private final OfficeLink link;
    private final HostingService hosting;
    private final ScreenTasks tasks;
    private final Messages m;
    private final User user;
    private final Consumer<Throwable> onError;
    private final ObservableList<String> addresses = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("9092");
    private final BooleanProperty allInterfaces = new SimpleBooleanProperty(false);
    private final BooleanProperty newCode = new SimpleBooleanProperty(false);
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty planned = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty restartNeeded = new SimpleBooleanProperty(false);
    private final StringProperty code = new SimpleStringProperty("");

    public HostingViewModel(OfficeLink link, TaskExecutor executor, Messages m, User user, Consumer<Throwable> onError) {
        this.link = link;
        this.hosting = link.hosting();
        this.tasks = new ScreenTasks(executor, onError);
        this.m = m;
        this.user = user;
        this.onError = onError;
    }

    private record Loaded(Optional<HostingPlan> plan, List<String> addresses, OfficeLink.State state) {
    }

    /** Reads the choice, this PC's addresses and (when hosting) how many PCs are connected. */
    public void load() {
        tasks.task(() -> new Loaded(hosting.plan(), hosting.addresses(), link.check())).busy(busy).onSuccess(l -> {
            addresses.setAll(l.addresses());
            if (!addresses.contains("127.0.0.1")) {
                addresses.add("127.0.0.1"); // last: only this PC reaches it (for trying out)
            }
            l.plan().ifPresentOrElse(p -> {
                address.set(p.allInterfaces() ? addresses.get(0) : p.address());
                if (!addresses.contains(p.address()) && !p.allInterfaces()) {
                    addresses.add(0, p.address()); // an address this PC no longer has: shown, refused on save
                }
                port.set(String.valueOf(p.port()));
                allInterfaces.set(p.allInterfaces());
            }, () -> address.set(addresses.get(0)));
            planned.set(l.plan().isPresent());
            link.newCode().ifPresent(c -> code.set(c.text()));
            state.set(describe(l.plan(), l.state()));
        }).start();
    }

    private String describe(Optional<HostingPlan> plan, OfficeLink.State s) {
        if (link.kind() == OfficeLink.Kind.HOSTING) {
            return m.get("hosting.state.running", link.where(), s.connectedPcs());
        }
        if (plan.isPresent() && link.hostingProblem().isPresent()) {
            return m.get("hosting.state.failed", plan.get().where(),
                    HostingProblems.describe(m, link.hostingProblem().get()));
        }
        return plan.map(p -> m.get("hosting.state.pending", p.where())).orElse(m.get("hosting.state.off"));
    }

    /** Remembers the choice for the next start; the answer (or what is wrong) shows in {@link #messageProperty()}. */
    public void save() {
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            message.set(m.get("error.hosting.port", String.valueOf(HostingService.MIN_PORT)));
            return;
        }
        String a = allInterfaces.get() ? "0.0.0.0" : address.get();
        boolean fresh = newCode.get();
        boolean everywhere = allInterfaces.get();
        tasks.task(() -> hosting.host(user, a, p, everywhere, fresh)).busy(busy).onSuccess(plan -> {
            planned.set(true);
            newCode.set(false);
            if (link.kind() == OfficeLink.Kind.HOSTING && plan.where().equals(link.where()) && !plan.newCode()) {
                message.set(m.get("hosting.unchanged", plan.where())); // runs like this already: no restart
                return;
            }
            state.set(m.get("hosting.state.pending", plan.where()));
            message.set(m.get("hosting.saved", String.valueOf(plan.port())));
            restartNeeded.set(true);
        }).showFailure(this::failed).start();
    }

    /** This PC stops hosting from its next start. */
    public void stop() {
        tasks.task(() -> hosting.stop(user)).busy(busy).onSuccess(x -> {
            planned.set(false);
            state.set(m.get("hosting.state.stopped"));
            message.set("");
            restartNeeded.set(link.kind() == OfficeLink.Kind.HOSTING);
        }).showFailure(this::failed).start();
    }

    /** The admin saw the join code (copied or closed): it is not shown again and the next start keeps it. */
    public void codeShown() {
        if (code.get().isEmpty()) {
            return;
        }
        code.set("");
        tasks.task(() -> hosting.codeShown(user)).start();
    }

    /** A refusal (a port in use, an address gone) is said in the dialog; anything else through the app's dialog. */
    private void failed(Throwable e) {
        if (e instanceof UserFacingException) {
            message.set(m.describe(e));
        } else {
            onError.accept(e);
        }
    }

    /** The dialog closed: nothing more is delivered to it (a save already under way still finishes). */
    public void close() {
        tasks.close();
    }

    public ObservableList<String> addresses() {
        return addresses;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty portProperty() {
        return port;
    }

    public BooleanProperty allInterfacesProperty() {
        return allInterfaces;
    }

    public BooleanProperty newCodeProperty() {
        return newCode;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty plannedProperty() {
        return planned;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty restartNeededProperty() {
        return restartNeeded;
    }

    /** The join code made at this start, until the admin saw it; empty otherwise. */
    public ReadOnlyStringProperty codeProperty() {
        return code;
    }
}
