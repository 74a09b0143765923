package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.library.LibraryListing;
import id.humasdesk.logic.library.LibraryOrder;
import id.humasdesk.logic.library.LibraryOrder.Column;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library reads any page of a filtered, sorted listing from the database (decision note 0404):
 * the pages, read at any offset, put together give exactly the rows a full sort in memory gives.
 */
@EveryStore
class LibraryPagesTest {
    private static final Instant T0 = Instant.parse("2026-11-01T03:00:00Z");
    private static final User RINA = new User(UUID.randomUUID(), "penulis1", "Rina Marlina", Set.of(Role.WRITER), true);
    private static final User AGUS = new User(UUID.randomUUID(), "penulis2", "Agus Salim", Set.of(Role.WRITER), true);
    private static final User DEWI = new User(UUID.randomUUID(), "penulis3", "dewi Lestari", Set.of(Role.WRITER), true);
    /** First words with different first letters, so every collation orders the headlines alike. */
    private static final String[] WORDS = {"Apel", "Bimtek", "Coklit", "Diskusi", "Evaluasi", "Fasilitasi", "Gelar",
        "Himbauan", "Imbauan", "Jambore", "Kunjungan", "Lomba"};
    @TempDir
    Path dir;
    private Database db;
    private JdbcReleaseRepository releases;
    private final List<ReleaseSummary> all = new ArrayList<>();
    private final List<ReleaseSummary> trashed = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(StoreBackends.target(dir));
        releases = new JdbcReleaseRepository(db);
        JdbcUserRepository users = new JdbcUserRepository(db);
        for (User u : List.of(RINA, AGUS, DEWI)) {
            users.insert(u, "-", T0);
        }
        Random random = new Random(20261206);
        List<Release> batch = new ArrayList<>();
        for (int i = 0; i < 137; i++) {
            User author = List.of(RINA, AGUS, DEWI).get(random.nextInt(3));
            ReleaseStatus status = ReleaseStatus.values()[random.nextInt(ReleaseStatus.values().length)];
            ReleaseType type = ReleaseType.values()[random.nextInt(ReleaseType.values().length)];
            // a few rows share a time of change and a headline: the id breaks the tie
            Instant at = T0.plusSeconds(60L * random.nextInt(90));
            String headline = WORDS[random.nextInt(WORDS.length)] + " " + (char) ('a' + random.nextInt(3));
            boolean inTrash = i % 10 == 9;
            Release r = new Release(UUID.randomUUID(), "KAUR", String.format("%03d/HUMAS/KAUR/XI/2026", i + 1), type,
                    status, ReleaseContent.empty().withHeadline(headline), author.id(), T0, at, 1, inTrash);
            batch.add(r);
            ReleaseSummary row = new ReleaseSummary(r.id(), r.number(), type, headline, status, author.id(),
                    author.fullName(), at);
            (inTrash ? trashed : all).add(row);
        }
        releases.insertAll(batch);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pagesAtAnyOffsetMakeUpTheWholeSortedListing() {
        Comparator<ReleaseSummary> byId = Comparator.comparing(r -> r.id().toString());
        Comparator<ReleaseSummary> changed = Comparator.comparing(ReleaseSummary::updatedAt).thenComparing(byId);
        Comparator<ReleaseSummary> number = Comparator.comparing(ReleaseSummary::number).thenComparing(byId);
        Comparator<ReleaseSummary> headline = Comparator.comparing(ReleaseSummary::headline).thenComparing(byId);

        assertThat(read(LibraryFilter.ALL, new LibraryOrder(Column.CHANGED, false), 10))
                .isEqualTo(sorted(all, changed.reversed(), r -> true));
        assertThat(read(LibraryFilter.ALL, new LibraryOrder(Column.CHANGED, true), 7))
                .isEqualTo(sorted(all, changed, r -> true));
        assertThat(read(LibraryFilter.ALL, new LibraryOrder(Column.NUMBER, true), 25))
                .isEqualTo(sorted(all, number, r -> true));
        assertThat(read(LibraryFilter.ALL, new LibraryOrder(Column.HEADLINE, false), 9))
                .isEqualTo(sorted(all, headline.reversed(), r -> true));
        assertThat(read(new LibraryFilter(null, null, null, "", true), new LibraryOrder(Column.NUMBER, false), 4))
                .as("the trash, on its own").isEqualTo(sorted(trashed, number.reversed(), r -> true));
    }

    @Test
    void statusTypeAndAuthorFilterInTheDatabaseAndCountPerValue() {
        LibraryFilter drafts = new LibraryFilter(ReleaseStatus.DRAFT, null, null, "", false);
        Comparator<ReleaseSummary> changed = Comparator.comparing(ReleaseSummary::updatedAt)
                .thenComparing(r -> r.id().toString()).reversed();
        assertThat(read(drafts, LibraryOrder.NEWEST_FIRST, 6))
                .isEqualTo(sorted(all, changed, r -> r.status() == ReleaseStatus.DRAFT)).isNotEmpty();
        LibraryFilter rinaNotices = new LibraryFilter(null, ReleaseType.PENGUMUMAN, RINA.id(), "", false);
        assertThat(read(rinaNotices, new LibraryOrder(Column.NUMBER, true), 3)).isEqualTo(sorted(all,
                Comparator.comparing(ReleaseSummary::number),
                r -> r.type() == ReleaseType.PENGUMUMAN && r.authorId().equals(RINA.id()))).isNotEmpty();

        Map<ReleaseStatus, Integer> byStatus = releases.countByStatus(LibraryFilter.ALL);
        for (ReleaseStatus s : ReleaseStatus.values()) {
            assertThat(byStatus.getOrDefault(s, 0)).as(s.name())
                    .isEqualTo((int) all.stream().filter(r -> r.status() == s).count());
        }
        assertThat(releases.countByType(drafts).get(ReleaseType.SIARAN_PERS)).isEqualTo((int) all.stream()
                .filter(r -> r.status() == ReleaseStatus.DRAFT && r.type() == ReleaseType.SIARAN_PERS).count());
        assertThat(releases.countByAuthor(new LibraryFilter(null, null, null, "", true)).values().stream()
                .mapToInt(Integer::intValue).sum()).isEqualTo(trashed.size());
        assertThat(releases.authorNames()).containsEntry(DEWI.id(), "dewi Lestari");
    }

    @Test
    void statusTypeAndAuthorOrdersGoGroupByGroupNewestFirstInside() {
        Comparator<ReleaseSummary> newest = Comparator.comparing(ReleaseSummary::updatedAt)
                .thenComparing(r -> r.id().toString()).reversed();
        // status in workflow order; type by its shown name; author by name, ignoring case
        Comparator<ReleaseSummary> status = Comparator.comparing(ReleaseSummary::status);
        assertThat(read(LibraryFilter.ALL, new LibraryOrder(Column.STATUS, true), 11))
                .isEqualTo(sorted(all, status.thenComparing(newest), r -> true));
        assertThat(read(LibraryFilter.ALL, new LibraryOrder(Column.STATUS, false), 8))
                .isEqualTo(sorted(all, status.reversed().thenComparing(newest), r -> true));
        Comparator<ReleaseSummary> type = Comparator.comparing(r -> label(r.type()));
        assertThat(read(LibraryFilter.ALL, new LibraryOrder(Column.TYPE, true), 13))
                .isEqualTo(sorted(all, type.thenComparing(newest), r -> true));
        Comparator<ReleaseSummary> author = Comparator.comparing(r -> r.authorName().toLowerCase(java.util.Locale.ROOT));
        LibraryFilter published = new LibraryFilter(ReleaseStatus.PUBLISHED, null, null, "", false);
        assertThat(read(published, new LibraryOrder(Column.AUTHOR, false), 2)).isEqualTo(
                sorted(all, author.reversed().thenComparing(newest), r -> r.status() == ReleaseStatus.PUBLISHED))
                .isNotEmpty();
    }

    /**
     * The whole listing, read page by page from the last page back to the first (by offset), and
     * again from the first on, each page entered after the last row of the one before (keyset):
     * both give the same rows.
     */
    private List<ReleaseSummary> read(LibraryFilter filter, LibraryOrder order, int page) {
        LibraryListing listing = LibraryListing.open(releases, filter, order, LibraryPagesTest::label);
        List<List<ReleaseSummary>> pages = new ArrayList<>();
        for (int from = 0; from < listing.size(); from += page) {
            pages.add(null);
        }
        for (int p = pages.size() - 1; p >= 0; p--) {
            List<ReleaseSummary> rows = listing.rows(p * page, page);
            assertThat(rows).hasSize(Math.min(page, listing.size() - p * page));
            pages.set(p, rows);
        }
        assertThat(listing.rows(listing.size(), page)).isEmpty();
        List<ReleaseSummary> byOffset = pages.stream().flatMap(List::stream).toList();
        List<ReleaseSummary> onwards = new ArrayList<>();
        while (onwards.size() < listing.size()) {
            ReleaseSummary before = onwards.isEmpty() ? null : onwards.get(onwards.size() - 1);
            List<ReleaseSummary> rows = listing.rows(onwards.size(), page, before);
            assertThat(rows).isNotEmpty();
            onwards.addAll(rows);
        }
        assertThat(onwards).as("read on after the last row").isEqualTo(byOffset);
        return byOffset;
    }

    private static List<ReleaseSummary> sorted(List<ReleaseSummary> rows, Comparator<ReleaseSummary> order,
            Predicate<ReleaseSummary> keep) {
        return rows.stream().filter(keep).sorted(order).toList();
    }

    /** Shown names that sort differently from the constants. */
    private static String label(ReleaseType t) {
        return switch (t) {
            case SIARAN_PERS -> "Siaran pers";
            case BERITA_KEGIATAN -> "Berita kegiatan";
            case PENGUMUMAN -> "Pengumuman";
            case KLARIFIKASI -> "Klarifikasi";
        };
    }
}
