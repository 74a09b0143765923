package id.humasdesk.logic.search;

import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.Database;
import id.humasdesk.store.JdbcReleaseRepository;
import id.humasdesk.store.JdbcSearchSource;
import id.humasdesk.store.JdbcUserRepository;
import id.humasdesk.support.StoreBackends;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A real data directory (H2 file, index folder) with two writers, for search tests. */
final class SearchFixture implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);
    /** Quick timers; a pass meeting 100 queued rows counts as a bulk load. */
    static final Indexer.Settings SETTINGS = new Indexer.Settings(50, 200, 100, 100);
    static final UUID RINA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID FAJAR = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final Instant T0 = Instant.parse("2026-11-01T03:00:00Z");
    final Path root;
    final DataDirectory dir;
    final Database db;
    final JdbcReleaseRepository releases;
    final JdbcSearchSource source;
    final LibraryService library;
    SearchService search;
    private int numbers;

    private SearchFixture(Path root) {
        this.root = root;
        this.dir = new DataDirectory(root);
        dir.lock();
        this.db = Database.open(StoreBackends.target(root));
        this.releases = new JdbcReleaseRepository(db);
        this.source = new JdbcSearchSource(db);
        this.library = new LibraryService(releases);
        this.numbers = source.countReleases();
    }

    /** Opens the data directory; writers are created on a fresh one. The search is not started. */
    static SearchFixture open(Path root) {
        SearchFixture f = new SearchFixture(root);
        JdbcUserRepository users = new JdbcUserRepository(f.db);
        if (users.findById(RINA).isEmpty()) {
            users.insert(new User(RINA, "penulis1", "Rina Marlina", Set.of(Role.WRITER), true), "-", T0);
            users.insert(new User(FAJAR, "penulis2", "Fajar Hidayat", Set.of(Role.WRITER), true), "-", T0);
        }
        return f;
    }

    SearchService startSearch() {
        return startSearch(IndexSchema.standard(), source);
    }

    SearchService startSearch(IndexSchema schema, SearchSource from) {
        createSearch(schema, from).start();
        return search;
    }

    /** Wired but not started, so a test can listen from the first state on. */
    SearchService createSearch(IndexSchema schema, SearchSource from) {
        search = new SearchService(from, releases, dir.index(), schema, SETTINGS);
        db.onCommit(search::changed);
        return search;
    }

    void awaitReady() throws InterruptedException {
        if (!search.awaitReady(WAIT)) {
            throw new AssertionError("search not ready: " + search.status());
        }
    }

    void awaitCaughtUp() throws InterruptedException {
        if (!search.awaitCaughtUp(WAIT)) {
            throw new AssertionError("search did not catch up: " + search.status());
        }
    }

    Release add(String headline, String lead, String... body) {
        return add(headline, lead, List.of(body), b -> b);
    }

    Release add(String headline, String lead, List<String> body, UnaryOperator<Release> adjust) {
        Release r = adjust.apply(release(headline, lead, body.toArray(String[]::new)));
        releases.insert(r);
        return r;
    }

    /** A new draft by Rina, not stored yet. */
    Release release(String headline, String lead, String... body) {
        numbers++;
        ReleaseContent c = new ReleaseContent(headline, "", "Kaur", null, lead, List.of(body),
                List.of(new Narasumber("Ahmad Siregar", "Koordinator Divisi Hukum dan Data", "")),
                List.of("sidang"), "", "", "", "", List.of());
        return new Release(UUID.randomUUID(), "KAUR", numbers + "/HM.01/KAUR/11/2026", ReleaseType.BERITA_KEGIATAN,
                ReleaseStatus.DRAFT, c, RINA, T0.plusSeconds(numbers), T0.plusSeconds(numbers), 1, false);
    }

    static UnaryOperator<Release> by(UUID author, ReleaseType type, ReleaseStatus status) {
        return r -> new Release(r.id(), r.officeCode(), r.number(), type, status, r.content(), author, r.createdAt(),
                r.updatedAt(), r.version(), r.trashed());
    }

    @Override
    public void close() {
        if (search != null) {
            search.close();
        }
        db.close();
        dir.close();
    }
}
