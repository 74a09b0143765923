package id.humasdesk.gui.hq;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.ScreenTask;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.bundle.BundleInbox;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.InboxRepository;
import id.humasdesk.logic.bundle.InboxRepository.ConflictRow;
import id.humasdesk.logic.bundle.InboxRepository.OfficeRow;
import id.humasdesk.logic.bundle.InboxRepository.ReleaseRow;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.logic.review.RevisionCompare;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The headquarters inbox: offices that send bundles, the releases they sent (filtered by office,
 * province, status and words), one release opened read-only, and the conflicts import kept. Every
 * query runs through the {@link TaskExecutor}; a search answered after a newer one started is
 * dropped, so results never go back in time while someone types.
 */
public final class HqViewModel {
    /** The services the headquarters screens use: the bundle inbox, received photos and the clock. */
    public record Deps(BundleService bundles, MediaStore media, Clock clock) {
    }

    private final Deps services;
    private final ScreenTasks tasks;
    private final Messages m;
    private final Formats formats;
    private final User user;
    private final ObservableList<OfficeRow> offices = FXCollections.observableArrayList();
    private final ObservableList<ReleaseRow> releases = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> officeChoices = FXCollections.observableArrayList();
    private final ObservableList<Province> provinceChoices = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> office = new SimpleObjectProperty<>();
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObjectProperty<ReleaseStatus> status = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty officesSummary = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** The release query running, if any. */
    private ScreenTask<?> current;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy");
    private static final java.time.format.DateTimeFormatter SHORT = java.time.format.DateTimeFormatter
            .ofPattern("d MMM HH.mm");

    /** A conflict opened: both copies and their word differences, field by field. */
    public record Comparison(BundleInbox.ConflictPair pair, List<RevisionCompare.FieldDiff> diffs) {
    }

    public HqViewModel(Deps services, TaskExecutor executor, Messages m, Formats formats, User user,
            Consumer<Throwable> onError) {
        this.services = services;
        this.tasks = new ScreenTasks(executor, onError);
        this.m = m;
        this.formats = formats;
        this.user = user;
        office.addListener((o, a, b) -> search());
        province.addListener((o, a, b) -> search());
        status.addListener((o, a, b) -> search());
    }

    private record Overview(List<OfficeRow> offices, List<ConflictRow> conflicts) {
    }

    /** Offices and conflicts, then the releases for the current filters. */
    public void load() {
        tasks.task(() -> new Overview(inbox().offices(user), inbox().conflicts(user))).busy(loading).onSuccess(o -> {
            offices.setAll(o.offices());
            conflicts.setAll(o.conflicts());
            List<String> codes = new ArrayList<>();
            codes.add(null);
            o.offices().forEach(r -> codes.add(r.code()));
            officeChoices.setAll(codes);
            List<Province> present = new ArrayList<>();
            present.add(null);
            Arrays.stream(Province.values()).filter(p -> o.offices().stream()
                    .anyMatch(r -> p.name().equals(r.province()))).forEach(present::add);
            provinceChoices.setAll(present);
            int bundles = o.offices().stream().mapToInt(OfficeRow::bundles).sum();
            int gaps = o.offices().stream().mapToInt(OfficeRow::openGaps).sum();
            officesSummary.set(m.get("bundle.hq.officesSummary", o.offices().size(), bundles, gaps,
                    o.conflicts().size()));
        }).start();
        search();
    }

    /** Runs the release query for the current filters; call after the text settled. */
    public void search() {
        if (current != null) {
            current.cancel(); // newer filters replace it
        }
        Province p = province.get();
        InboxRepository.Query q = new InboxRepository.Query(office.get(), p == null ? null : p.name(), status.get(),
                text.get(), BundleInbox.PAGE);
        current = tasks.task(() -> inbox().releases(user, q)).busy(searching).onSuccess(page -> {
            releases.setAll(page.rows());
            summary.set(page.total() > page.rows().size()
                    ? m.get("bundle.hq.summaryCut", page.rows().size(), page.total())
                    : m.get("bundle.hq.summary", page.total()));
        }).start();
    }

    /** Shows the releases of one office (from the office list). */
    public void showOffice(OfficeRow row) {
        text.set("");
        province.set(null);
        status.set(null);
        if (Objects.equals(office.get(), row.code())) {
            search();
        } else {
            office.set(row.code());
        }
    }

    /** Reads one received release, with its content, plans and history, for the read-only viewer. */
    public void open(ReleaseRow row, Consumer<BundleInbox.Detail> show) {
        tasks.task(() -> {
            BundleInbox.Detail d = inbox().open(user, row.id());
            fetchPhotos(d.item());
            return d;
        }).onSuccess(show).start();
    }

    /** Reads both copies of a conflicting version and compares them word by word. */
    public void compare(ConflictRow row, Consumer<Comparison> show) {
        tasks.task(() -> {
            BundleInbox.ConflictPair pair = inbox().conflict(user, row);
            fetchPhotos(pair.held());
            fetchPhotos(pair.kept());
            return new Comparison(pair, new RevisionCompare().compare(pair.held().content(), pair.kept().content()));
        }).onSuccess(show).start();
    }

    /** Photos received on another PC of headquarters are copied here before they are shown. */
    private void fetchPhotos(id.humasdesk.logic.bundle.ReceivedItem item) {
        item.content().photos().forEach(p -> services.media().local(p.sha256(), p.extension()));
    }

    private BundleInbox inbox() {
        return services.bundles().inbox();
    }

    /** "Kabupaten" for KABUPATEN; a level this version does not know shows as sent. */
    public String levelLabel(String level) {
        return Arrays.stream(OfficeLevel.values()).filter(l -> l.name().equals(level)).findFirst().map(m::label)
                .orElse(level == null ? "" : level);
    }

    public String provinceLabel(String name) {
        return Arrays.stream(Province.values()).filter(p -> p.name().equals(name)).findFirst()
                .map(Province::displayName).orElse(name == null ? "" : name);
    }

    /** "CODE — name" for the office filter; the empty choice means every office. */
    public String officeLabel(String code) {
        if (code == null) {
            return m.get("bundle.hq.anyOffice");
        }
        return offices.stream().filter(o -> o.code().equals(code)).findFirst()
                .map(o -> o.code() + " — " + o.name()).orElse(code);
    }

    /** What headquarters may do with it: publish, wait for the embargo (or it lapsed), or not at all. */
    public String publication(String pubstatus, Instant embargoed) {
        return publication(pubstatus, embargoed, formats::dateTime);
    }

    /** The same for a list column: the embargo's day and hour without the year. */
    public String publicationShort(String pubstatus, Instant embargoed) {
        return publication(pubstatus, embargoed, at -> SHORT.withLocale(m.locale()).format(at.atZone(formats.zone()))
                + " " + id.humasdesk.model.IndonesianZone.labelOf(formats.zone()));
    }

    private String publication(String pubstatus, Instant embargoed, java.util.function.Function<Instant, String> time) {
        if ("canceled".equals(pubstatus)) {
            return m.get("bundle.hq.pub.canceled");
        }
        if ("withheld".equals(pubstatus)) {
            if (embargoed == null) {
                return m.get("bundle.hq.pub.withheld");
            }
            return services.clock().instant().isBefore(embargoed)
                    ? m.get("bundle.hq.pub.embargoUntil", time.apply(embargoed))
                    : m.get("bundle.hq.pub.embargoOver", time.apply(embargoed));
        }
        return m.get("bundle.hq.pub.usable");
    }

    public ObservableList<OfficeRow> offices() {
        return offices;
    }

    public ObservableList<ReleaseRow> releases() {
        return releases;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    /** Null first: "every office". */
    public ObservableList<String> officeChoices() {
        return officeChoices;
    }

    /** Provinces of the offices known here, null first: "every province". */
    public ObservableList<Province> provinceChoices() {
        return provinceChoices;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<String> officeProperty() {
        return office;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public ObjectProperty<ReleaseStatus> statusProperty() {
        return status;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty officesSummaryProperty() {
        return officesSummary;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    /** True while offices and conflicts are being read: the lists are not empty, just not here yet. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The day of a time in the office zone, for lists ("23 Nov 2026"); the viewer shows the hour. */
    public String day(Instant at) {
        return at == null ? "" : DAY.withLocale(m.locale()).format(at.atZone(formats.zone()));
    }

    /** The screen closed: nothing more is delivered to it. */
    public void close() {
        tasks.close();
    }
}
