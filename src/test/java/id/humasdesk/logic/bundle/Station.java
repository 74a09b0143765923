package id.humasdesk.logic.bundle;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.account.PasswordHasher;
import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.model.Office;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.Database;
import id.humasdesk.store.FileMediaStore;
import id.humasdesk.store.FileOfficeKeyStore;
import id.humasdesk.store.JdbcAuditRepository;
import id.humasdesk.store.JdbcBundleRepository;
import id.humasdesk.store.JdbcChannelRepository;
import id.humasdesk.store.JdbcInboxRepository;
import id.humasdesk.store.JdbcOfficeRepository;
import id.humasdesk.store.JdbcPlanRepository;
import id.humasdesk.store.JdbcReleaseRepository;
import id.humasdesk.store.JdbcUserRepository;
import id.humasdesk.support.StoreBackends;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * One workstation for tests: a real data directory with H2, media store and key file, wired
 * like app/Wiring but with the repositories in reach, so tests can place releases in any status.
 */
final class Station implements AutoCloseable {
    static final char[] PASSWORD = "RahasiaKantor1".toCharArray();
    final Path root;
    final Office office;
    final TestClock clock;
    final DataDirectory dir;
    final Database db;
    final JdbcReleaseRepository releases;
    final JdbcBundleRepository bundleStore;
    final FileMediaStore media;
    final BundleService bundles;
    final OfficeKeys keys;
    final User admin;
    final JdbcPlanRepository plans;
    final JdbcChannelRepository channels;
    final Auditor audit;

    Station(Path root, Office office, TestClock clock) {
        this(root, office, clock, BundleLimits.DEFAULT);
    }

    Station(Path root, Office office, TestClock clock, BundleLimits limits) {
        this(root, office, clock, limits, x -> x);
    }

    /** {@code exportsSeenBy} wraps the export repository the service uses (to watch it in tests). */
    Station(Path root, Office office, TestClock clock, BundleLimits limits,
            java.util.function.UnaryOperator<BundleExportRepository> exportsSeenBy) {
        this.root = root;
        this.office = office;
        this.clock = clock;
        dir = new DataDirectory(root);
        dir.lock();
        db = Database.open(StoreBackends.target(root));
        var offices = new JdbcOfficeRepository(db);
        var users = new JdbcUserRepository(db);
        releases = new JdbcReleaseRepository(db);
        bundleStore = new JdbcBundleRepository(db);
        media = new FileMediaStore(dir.media());
        keys = new OfficeKeys(new FileOfficeKeyStore(root.resolve("keys")));
        var accounts = new AccountService(offices, users, new PasswordHasher(1000), db, clock, keys::createFor);
        admin = accounts.isSetUp() ? accounts.login("admin", PASSWORD)
                : accounts.setUp(new OfficeSetup(office, "admin", "Admin " + office.code(), PASSWORD));
        plans = new JdbcPlanRepository(db);
        channels = new JdbcChannelRepository(db);
        audit = new Auditor(new JdbcAuditRepository(db), users);
        bundles = new BundleService(new BundleService.Deps(offices, users, exportsSeenBy.apply(bundleStore), bundleStore,
                bundleStore, keys,
                media, db, clock, UUID::randomUUID, limits, root, TrailSource.from(plans, channels, audit),
                new JdbcInboxRepository(db)));
    }

    Release add(ReleaseStatus status, ReleaseContent content) {
        Instant at = clock.instant();
        Release r = new Release(UUID.randomUUID(), office.code(), office.code() + "-" + UUID.randomUUID()
                .toString().substring(0, 8), ReleaseType.SIARAN_PERS, status, content, admin.id(), at, at, 1, false);
        releases.insert(r);
        return r;
    }

    /** Changes a release as the workflow would: a new version. */
    Release change(Release r, ReleaseStatus status, ReleaseContent content) {
        return releases.update(new Release(r.id(), r.officeCode(), r.number(), r.type(), status, content, r.authorId(),
                r.createdAt(), clock.instant(), r.version(), false));
    }

    Photo photo(int seed) {
        try {
            Path tmp = Files.createTempFile(root, "photo", ".jpg");
            byte[] bytes = new byte[2000 + seed];
            new java.util.Random(seed).nextBytes(bytes);
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xD8;
            Files.write(tmp, bytes);
            String sha = media.put(tmp, "jpg");
            Files.delete(tmp);
            return new Photo(sha, "image/jpeg", bytes.length, "Foto kegiatan " + seed, "Tim Humas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path exportKey() {
        Path f = root.resolve("exports").resolve(office.code() + ".key.json");
        keys.exportPublicKey(office, f);
        return f;
    }

    BundleWriter.Written export() {
        clock.tick();
        return bundles.export(admin, ExportSelection.SINCE_LAST, null, BundleWriter.Progress.NONE);
    }

    static ReleaseContent content(String headline, List<Photo> photos) {
        return BundleFixtures.sampleContent(photos).withHeadline(headline);
    }

    @Override
    public void close() {
        db.close();
        dir.close();
    }

    /** A clock tests move by hand. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void tick() {
            now = now.plusSeconds(60);
        }

        void pass(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
