package id.humasdesk.gui.library;

import id.humasdesk.gui.TaskExecutor;
import id.humasdesk.logic.Messages;
import id.humasdesk.logic.Services;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The release list. Rows stream in from the database in chunks (first chunk small, so the table
 * fills at once); status, type and author filter in memory; the text filter asks the database and
 * a newer query cancels an older one, so typing never waits for a search.
 */
public final class LibraryViewModel {
    static final int FIRST_CHUNK = 200;
    static final int CHUNK = 5_000;
    private final Services services;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final ObservableList<ReleaseSummary> rows = FXCollections.observableArrayList();
    private final FilteredList<ReleaseSummary> filtered = new FilteredList<>(rows, r -> true);
    private final ObservableList<AuthorChoice> authors = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ReleaseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<ReleaseType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<AuthorChoice> author = new SimpleObjectProperty<>();
    private final BooleanProperty trash = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReleaseSummary> lastTrashed = new SimpleObjectProperty<>();
    private final AtomicLong generation = new AtomicLong();
    private final javafx.collections.ObservableSet<UUID> missed = FXCollections.observableSet();
    private int total;
    private String loadedText = "";

    /** An author in the filter box; {@code null} id means everyone. */
    public record AuthorChoice(UUID id, String name) {
    }

    public LibraryViewModel(Services services, TaskExecutor executor, Messages messages, Consumer<Throwable> onError) {
        this.services = services;
        this.executor = executor;
        this.messages = messages;
        this.onError = onError;
        status.addListener((o, a, b) -> refilter());
        type.addListener((o, a, b) -> refilter());
        author.addListener((o, a, b) -> refilter());
        trash.addListener((o, a, b) -> reload());
    }

    /** Loads everything again (after a save, or when the text filter changed). */
    public void reload() {
        long gen = generation.incrementAndGet();
        String query = text.get().strip();
        LibraryFilter filter = new LibraryFilter(null, null, null, query, trash.get());
        loading.set(true);
        progress.set(-1);
        executor.run(() -> {
            int count = services.library().count(filter);
            executor.onFx(() -> {
                if (gen == generation.get()) {
                    total = count;
                    if (count == 0) {
                        rows.clear();
                    }
                }
            });
            boolean[] first = {true};
            int[] streamed = {0};
            services.library().stream(filter, FIRST_CHUNK, CHUNK, () -> gen != generation.get(), chunk -> {
                streamed[0] += chunk.size();
                executor.onFx(() -> {
                    if (gen != generation.get()) {
                        return;
                    }
                    if (first[0]) {
                        rows.setAll(chunk);
                        first[0] = false;
                    } else {
                        rows.addAll(chunk);
                    }
                    progress.set(total == 0 ? 1 : Math.min(1.0, rows.size() / (double) total));
                    updateSummary();
                });
            });
            return streamed[0] == 0;
        }, empty -> {
            if (gen == generation.get()) {
                if (empty) {
                    rows.clear();
                }
                loadedText = query;
                loading.set(false);
                loadMissed();
                progress.set(1);
                updateAuthors();
                updateSummary();
            }
        }, failure -> {
            if (gen == generation.get()) {
                loading.set(false);
                onError.accept(failure);
            }
        });
    }

    private void loadMissed() {
        executor.run(() -> services.schedule().releasesWithMissedPlans(), ids -> {
            missed.clear();
            missed.addAll(ids);
        }, onError);
    }

    /** Releases with a publication plan that passed without being marked posted or skipped. */
    public javafx.collections.ObservableSet<UUID> missed() {
        return missed;
    }

    /** Called by the view after the user paused typing; no query when nothing changed. */
    public void applyText() {
        if (!text.get().strip().equals(loadedText) || rows.isEmpty() && total > 0) {
            reload();
        }
    }

    private void refilter() {
        ReleaseStatus s = status.get();
        ReleaseType t = type.get();
        UUID a = author.get() == null ? null : author.get().id();
        filtered.setPredicate(r -> (s == null || r.status() == s) && (t == null || r.type() == t)
                && (a == null || r.authorId().equals(a)));
        updateSummary();
    }

    private void updateAuthors() {
        Map<UUID, String> names = rows.stream().collect(Collectors.toMap(ReleaseSummary::authorId,
                ReleaseSummary::authorName, (x, y) -> x));
        AuthorChoice keep = author.get();
        List<AuthorChoice> list = names.entrySet().stream().map(e -> new AuthorChoice(e.getKey(), e.getValue()))
                .sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).collect(Collectors.toList());
        list.add(0, new AuthorChoice(null, messages.get("library.filter.anyAuthor")));
        authors.setAll(list);
        if (keep != null && list.stream().noneMatch(c -> Objects.equals(c.id(), keep.id()))) {
            author.set(null);
        }
    }

    private void updateSummary() {
        Map<ReleaseStatus, Integer> counts = new EnumMap<>(ReleaseStatus.class);
        for (ReleaseSummary r : filtered) {
            counts.merge(r.status(), 1, Integer::sum);
        }
        String parts = counts.entrySet().stream().map(e -> messages.label(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        String head = messages.get("library.summary", filtered.size(), total);
        summary.set(parts.isEmpty() ? head : head + "  —  " + parts);
    }

    /** Moves a draft to the trash; the view offers undo while {@link #lastTrashedProperty()} is set. */
    public void trash(User actor, ReleaseSummary row) {
        if (row == null || row.status() != ReleaseStatus.DRAFT || trash.get()) {
            return;
        }
        executor.run(() -> services.drafts().trash(actor, row.id()), r -> {
            rows.remove(row);
            total--;
            lastTrashed.set(row);
            updateSummary();
        }, onError);
    }

    public void undoTrash(User actor) {
        ReleaseSummary row = lastTrashed.get();
        if (row == null) {
            return;
        }
        executor.run(() -> services.drafts().restore(actor, row.id()), r -> {
            lastTrashed.set(null);
            reload();
        }, onError);
    }

    /** Restores a release shown in the trash view. */
    public void restore(User actor, ReleaseSummary row) {
        if (row == null || !trash.get()) {
            return;
        }
        executor.run(() -> services.drafts().restore(actor, row.id()), r -> {
            rows.remove(row);
            total--;
            updateSummary();
        }, onError);
    }

    public ObservableList<ReleaseSummary> rows() {
        return filtered;
    }

    public ObservableList<AuthorChoice> authors() {
        return authors;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ReleaseStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<ReleaseType> typeProperty() {
        return type;
    }

    public ObjectProperty<AuthorChoice> authorProperty() {
        return author;
    }

    public BooleanProperty trashProperty() {
        return trash;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<ReleaseSummary> lastTrashedProperty() {
        return lastTrashed;
    }
}
