package id.humasdesk.gui.publish;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.publish.CardLayout;
import id.humasdesk.logic.publish.CardRenderer;
import id.humasdesk.logic.publish.HtmlRenderer;
import id.humasdesk.logic.publish.Output;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.logic.publish.PublishService;
import id.humasdesk.logic.publish.ReleaseSheet;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The outputs of one release: render, save, open or copy each, all off the FX thread. */
public final class OutputsViewModel {
    /** The services the outputs dialog uses, and the data directory its files are saved under. */
    public record Deps(PublishService publish, DraftService drafts, Path dataDirectory) {
    }

    /** Opens a written file in the system's viewer; called on a background thread. */
    @FunctionalInterface
    public interface Opener {
        void open(Path file) throws IOException;
    }

    private final Deps services;
    private final ScreenTasks tasks;
    private final Messages m;
    private final User user;
    private final UUID releaseId;
    private ReleaseSheet sheet;
    public final StringProperty title = new SimpleStringProperty("");
    public final BooleanProperty draft = new SimpleBooleanProperty(true);
    public final BooleanProperty loaded = new SimpleBooleanProperty(false);
    public final StringProperty planned = new SimpleStringProperty("");
    public final StringProperty status = new SimpleStringProperty("");
    public final ObservableList<OutputFormat> available = FXCollections.observableArrayList();
    public final ObjectProperty<CardLayout> layout = new SimpleObjectProperty<>(CardLayout.BAND);
    public final ObjectProperty<CardLayout.Size> size = new SimpleObjectProperty<>(CardLayout.Size.SQUARE);
    public final ObjectProperty<BufferedImage> cardPreview = new SimpleObjectProperty<>();

    public OutputsViewModel(Deps services, TaskExecutor executor, Messages m, User user, UUID releaseId,
            Consumer<Throwable> onError) {
        this.services = services;
        this.tasks = new ScreenTasks(executor, onError);
        this.m = m;
        this.user = user;
        this.releaseId = releaseId;
    }

    private record Loaded(ReleaseSheet sheet, List<OutputFormat> formats, Map<String, List<OutputFormat>> planned) {
    }

    public void load() {
        tasks.task(() -> {
            ReleaseSheet s = services.publish().sheet(user, releaseId);
            var r = services.drafts().load(releaseId);
            return new Loaded(s, services.publish().available(r), services.publish().planned(releaseId));
        }).onSuccess(l -> {
            sheet = l.sheet();
            title.set((l.sheet().number().isBlank() ? "" : l.sheet().number() + " \u2013 ") + l.sheet().headline());
            draft.set(l.sheet().draft());
            available.setAll(l.formats());
            planned.set(l.planned().isEmpty() ? "" : m.get("outputs.planned", l.planned().entrySet().stream()
                    .map(e -> e.getKey() + " \u2192 " + e.getValue().stream().map(this::label)
                            .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))));
            loaded.set(true);
            if (!l.sheet().draft()) {
                refreshCard();
            }
        }).start();
    }

    public String label(OutputFormat f) {
        return m.get(switch (f) {
            case PDF -> "outputs.format.pdf";
            case DOCX -> "outputs.format.docx";
            case HTML -> "outputs.format.html";
            case CARD -> "outputs.format.card";
            case WHATSAPP -> "outputs.format.whatsapp";
        });
    }

    public boolean allows(OutputFormat f) {
        return available.contains(f);
    }

    /** Redraws the card preview for the chosen layout and size; a headline that cannot fit says so. */
    public void refreshCard() {
        if (sheet == null || sheet.draft()) {
            return;
        }
        ReleaseSheet s = sheet;
        CardLayout l = layout.get();
        CardLayout.Size z = size.get();
        tasks.task(() -> new CardRenderer().draw(s, l, z).image()).onSuccess(img -> {
            cardPreview.set(img);
            status.set("");
        }).showFailure(e -> {
            cardPreview.set(null);
            status.set(m.describe(e));
        }).start();
    }

    private Output render(OutputFormat f) {
        if (sheet == null) {
            throw new UserFacingException("error.release.notFound");
        }
        return services.publish().render(sheet, f, layout.get(), size.get());
    }

    /** The file name to offer in a save dialog. */
    public String suggestedName(OutputFormat f) {
        if (sheet == null) {
            return "rilis." + f.extension();
        }
        String stem = sheet.fileStem();
        return switch (f) {
            case CARD -> stem + "-" + layout.get().name().toLowerCase(java.util.Locale.ROOT) + "-" + size.get().width()
                    + "x" + size.get().height() + ".png";
            case WHATSAPP -> stem + "-whatsapp.txt";
            case PDF -> stem + (sheet.draft() ? "-pratinjau" : "") + ".pdf";
            default -> stem + "." + f.extension();
        };
    }

    public void save(OutputFormat f, Path target) {
        tasks.task(() -> write(render(f).bytes(), id.humasdesk.logic.common.OutputFiles.check(target,
                services.dataDirectory(), true))).onSuccess(p -> status.set(m.get("outputs.saved", p))).start();
    }

    /** Writes the output to the data directory's output folder and opens it in the system's viewer. */
    public void open(OutputFormat f, Opener opener) {
        tasks.task(() -> {
            Output o = render(f);
            Path file = write(o.bytes(), services.dataDirectory().resolve("keluaran").resolve(o.fileName()));
            opener.open(file);
            return file;
        }).onSuccess(p -> status.set(m.get("outputs.opened", p))).start();
    }

    private record Copied(String text, String plain) {
    }

    /** Renders the HTML and its plain-text twin for the clipboard (or the WhatsApp text twice). */
    public void copy(OutputFormat f, BiConsumer<String, String> onReady) {
        tasks.task(() -> {
            String text = new String(render(f).bytes(), StandardCharsets.UTF_8);
            String plain = f == OutputFormat.HTML ? HtmlRenderer.plainText(sheet, new Messages(Messages.INDONESIAN))
                    : text;
            return new Copied(text, plain);
        }).onSuccess(t -> {
            onReady.accept(t.text(), t.plain());
            status.set(m.get("outputs.copied", label(f)));
        }).start();
    }

    static Path write(byte[] bytes, Path target) throws IOException {
        AtomicFiles.replace(target, bytes);
        return target.toAbsolutePath();
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
