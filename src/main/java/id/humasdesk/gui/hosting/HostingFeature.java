package id.humasdesk.gui.hosting;

import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.OfficeLink;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The desktop side of one PC hosting the office database (decision note 0620), attached to the
 * main window by the shell: the connection line in the status bar (every PC), Admin → hosting
 * (admins), the new join code shown once to an admin, and the question before closing a host
 * that other PCs are using.
 */
public final class HostingFeature {
    /** How often the status line asks the office database; a system property shortens it in tests. */
    private final Duration checkEvery = Duration.seconds(Integer.getInteger("humasdesk.linkCheckSeconds", 10));
    private final OfficeLink link;
    private final Window owner;
    private final TaskExecutor executor;
    /** Work of the feature itself (not of a dialog): it lives as long as the app. */
    private final ScreenTasks tasks;
    private final DialogService dialogs;
    private final Messages m;
    private Timeline poll;
    private LinkStatusViewModel status;

    public HostingFeature(OfficeLink link, Window owner, TaskExecutor executor, DialogService dialogs, Messages m) {
        this.link = link;
        this.owner = owner;
        this.executor = executor;
        this.tasks = new ScreenTasks(executor, dialogs::error);
        this.dialogs = dialogs;
        this.m = m;
    }

    /**
     * After sign-in: puts the connection line into the status bar, Admin → hosting into the menu
     * of an admin, and shows an admin the join code made at this start.
     *
     * @param quit closes the app as the window's close button does
     */
    public void signedIn(User user, Consumer<Node> addStatus, Consumer<MenuItem> addAdminItem, Runnable quit) {
        status = new LinkStatusViewModel(link, executor, m);
        addStatus.accept(statusLabel(status));
        status.refresh();
        poll = new Timeline(new KeyFrame(checkEvery, e -> status.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        // Only an admin, and only on a PC that works on its own database (the service checks both again).
        if (!user.has(Role.ADMIN) || link.kind() == OfficeLink.Kind.HOSTED || link.kind() == OfficeLink.Kind.SERVER) {
            return;
        }
        MenuItem item = new MenuItem(m.get("menu.admin.hosting"));
        item.setId("menu-hosting");
        item.setOnAction(e -> new HostingDialog(owner, new HostingViewModel(link, executor, m, user, dialogs::error),
                dialogs, m, quit).show());
        addAdminItem.accept(item);
        link.newCode().ifPresent(code -> showCodeOnce(code.text(), user));
    }

    private Label statusLabel(LinkStatusViewModel vm) {
        Label l = new Label();
        l.setId("link-status");
        l.textProperty().bind(vm.textProperty());
        l.getStyleClass().add("link-status");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the user's name gives way first
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.detailProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        vm.detailProperty().addListener((o, a, b) -> l.setTooltip(b.isEmpty() ? null : tip));
        vm.levelProperty().addListener((o, a, level) -> {
            l.getStyleClass().removeAll("link-warning", "link-down");
            switch (level) {
                case WARNING -> l.getStyleClass().add("link-warning");
                case DOWN -> l.getStyleClass().add("link-down");
                default -> { }
            }
        });
        return l;
    }

    private void showCodeOnce(String code, User user) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("hosting.code.title"));
        d.setHeaderText(m.get("hosting.code.header", link.where()));
        d.getDialogPane().setContent(JoinCodeBox.of(code, m));
        d.getDialogPane().setPrefWidth(560);
        d.getDialogPane().getStylesheets().add(HostingFeature.class.getResource("/id/humasdesk/gui/app.css")
                .toExternalForm());
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setOnHidden(e -> tasks.task(() -> link.hosting().codeShown(user)).start());
        javafx.application.Platform.runLater(d::show);
    }

    /**
     * Before the app closes: a host that other PCs are using asks first (they cannot work while
     * it is closed). {@code proceed} runs on the FX thread when closing goes on.
     */
    public void beforeExit(Runnable proceed) {
        if (link.kind() != OfficeLink.Kind.HOSTING) {
            proceed.run();
            return;
        }
        tasks.task(link::check).onSuccess(state -> {
            int n = state.connectedPcs();
            if (n == 0 || dialogs.confirm(m.get("hosting.close.title"), m.get("hosting.close.text", n))) {
                proceed.run();
            }
        }).showFailure(failure -> proceed.run()).start(); // logged; the app still closes
    }

    /** Stops asking the database (the window closes). */
    public void stop() {
        if (poll != null) {
            poll.stop();
        }
        if (status != null) {
            status.close();
        }
    }

    /** The status line's model, once signed in (tests read it). */
    public LinkStatusViewModel status() {
        return status;
    }
}
