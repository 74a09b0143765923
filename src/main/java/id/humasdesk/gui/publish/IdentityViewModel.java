package id.humasdesk.gui.publish;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.publish.OfficeIdentity;
import id.humasdesk.logic.publish.PublishService;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The office identity form: fields, images, a preview rendered off the FX thread after each edit. */
public final class IdentityViewModel {
    private final PublishService publish;
    private final ScreenTasks tasks;
    private final Messages m;
    private final User admin;
    public final StringProperty officeName = new SimpleStringProperty("");
    public final StringProperty parentLine = new SimpleStringProperty("");
    public final StringProperty address = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    public final StringProperty website = new SimpleStringProperty("");
    public final StringProperty socials = new SimpleStringProperty("");
    public final StringProperty headName = new SimpleStringProperty("");
    public final StringProperty headTitle = new SimpleStringProperty("");
    public final StringProperty logoSha = new SimpleStringProperty("");
    public final StringProperty signatureSha = new SimpleStringProperty("");
    public final StringProperty primaryColour = new SimpleStringProperty(OfficeIdentity.DEFAULT_PRIMARY);
    public final StringProperty accentColour = new SimpleStringProperty(OfficeIdentity.DEFAULT_ACCENT);
    /** The latest preview, or null before the first one. */
    public final ObjectProperty<PublishService.Preview> preview = new SimpleObjectProperty<>();
    /** Why the preview could not be drawn (an invalid colour, say), or empty. */
    public final StringProperty previewProblem = new SimpleStringProperty("");
    public final StringProperty status = new SimpleStringProperty("");
    private long generation;
    private boolean rendering;
    private boolean again;

    public IdentityViewModel(PublishService publish, TaskExecutor executor, Messages m, User admin,
            Consumer<Throwable> onError) {
        this.publish = publish;
        this.tasks = new ScreenTasks(executor, onError);
        this.m = m;
        this.admin = admin;
    }

    List<StringProperty> fields() {
        return List.of(officeName, parentLine, address, phone, email, website, socials, headName, headTitle, logoSha,
                signatureSha, primaryColour, accentColour);
    }

    public void load() {
        tasks.task(() -> publish.identity()).onSuccess(id -> {
            officeName.set(id.officeName());
            parentLine.set(id.parentLine());
            address.set(id.address());
            phone.set(id.phone());
            email.set(id.email());
            website.set(id.website());
            socials.set(id.socials());
            headName.set(id.headName());
            headTitle.set(id.headTitle());
            logoSha.set(id.logoSha());
            signatureSha.set(id.signatureSha());
            primaryColour.set(id.primaryColour());
            accentColour.set(id.accentColour());
            requestPreview();
        }).start();
    }

    public OfficeIdentity current() {
        return new OfficeIdentity(officeName.get(), parentLine.get(), address.get(), phone.get(), email.get(),
                website.get(), socials.get(), headName.get(), headTitle.get(), logoSha.get(), signatureSha.get(),
                primaryColour.get(), accentColour.get());
    }

    /** Draws the preview in the background; edits made meanwhile give one more render, not one each. */
    public void requestPreview() {
        generation++;
        if (rendering) {
            again = true;
            return;
        }
        rendering = true;
        long mine = generation;
        OfficeIdentity id = current();
        tasks.task(() -> publish.preview(id)).onSuccess(p -> {
            rendering = false;
            preview.set(p);
            previewProblem.set("");
            if (again || mine != generation) {
                again = false;
                requestPreview();
            }
        }).showFailure(e -> {
            rendering = false;
            previewProblem.set(m.describe(e));
            if (again) {
                again = false;
                requestPreview();
            }
        }).start();
    }

    public void importLogo(Path file) {
        tasks.task(() -> publish.identitySettings().importImage(admin, file)).onSuccess(sha -> {
            logoSha.set(sha);
            requestPreview();
        }).start();
    }

    public void importSignature(Path file) {
        tasks.task(() -> publish.identitySettings().importImage(admin, file)).onSuccess(sha -> {
            signatureSha.set(sha);
            requestPreview();
        }).start();
    }

    public void save(Runnable then) {
        OfficeIdentity id = current();
        tasks.task(() -> publish.identitySettings().save(admin, id)).onSuccess(x -> {
            status.set(m.get("identity.saved"));
            then.run();
        }).start();
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
