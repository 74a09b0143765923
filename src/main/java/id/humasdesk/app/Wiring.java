package id.humasdesk.app;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.account.PasswordHasher;
import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.logic.bundle.BundleLimits;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.OfficeKeys;
import id.humasdesk.logic.bundle.TrailSource;
import id.humasdesk.logic.check.ChecklistService;
import id.humasdesk.logic.check.WritingCheckService;
import id.humasdesk.logic.check.WritingChecker;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.draft.LocalRecoveries;
import id.humasdesk.logic.draft.NumberingSettings;
import id.humasdesk.logic.draft.PhotoImporter;
import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.logic.maintenance.MaintenanceService;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.logic.publish.IdentitySettings;
import id.humasdesk.logic.publish.PublishService;
import id.humasdesk.logic.review.CommentService;
import id.humasdesk.logic.review.ReviewService;
import id.humasdesk.logic.schedule.ScheduleService;
import id.humasdesk.logic.search.SearchService;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.Database;
import id.humasdesk.store.DatabaseMediaStore;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.FileOfficeKeyStore;
import id.humasdesk.store.FileRecoveryStore;
import id.humasdesk.store.FileStoreCare;
import id.humasdesk.store.JdbcAuditRepository;
import id.humasdesk.store.JdbcBundleRepository;
import id.humasdesk.store.JdbcChannelRepository;
import id.humasdesk.store.JdbcCommentRepository;
import id.humasdesk.store.JdbcIgnoredWordRepository;
import id.humasdesk.store.JdbcInboxRepository;
import id.humasdesk.store.JdbcLeaseRepository;
import id.humasdesk.store.JdbcOfficeRepository;
import id.humasdesk.store.JdbcOfficeWordRepository;
import id.humasdesk.store.JdbcPlanRepository;
import id.humasdesk.store.JdbcRecoveryRepository;
import id.humasdesk.store.JdbcReleaseRepository;
import id.humasdesk.store.JdbcRevisionRepository;
import id.humasdesk.store.JdbcSealedKeyRepository;
import id.humasdesk.store.JdbcSearchSource;
import id.humasdesk.store.JdbcSettingsRepository;
import id.humasdesk.store.JdbcUserRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/** Builds the services of one data directory: lock, database, repositories, use cases. */
public final class Wiring {
    public static final String PHOTO_MAX_BYTES = "photo.maxBytes";
    public static final String BUNDLE_MAX_BYTES = "bundleLimit.maxBytes";
    public static final String BUNDLE_MAX_PHOTO_BYTES = "bundleLimit.maxPhotoBytes";
    public static final String BUNDLE_MAX_ITEMS = "bundleLimit.maxItems";
    /** Days a PC may stay away before the search outbox stops keeping changes for it (decision note 0603). */
    public static final String SEARCH_ACTIVE_DAYS = "searchOutbox.activeDays";

    private Wiring() {
    }

    public static Services open(Path dataDir, Clock clock) {
        return open(dataDir, null, clock);
    }

    /**
     * Opens the services of one data directory on the given database: {@code null} means the
     * embedded database inside the data directory (this PC only), otherwise an office database
     * server that several PCs share. The data directory keeps this PC's own files either way.
     */
    public static Services open(Path dataDir, DatabaseTarget target, Clock clock) {
        DataDirectory dir = new DataDirectory(dataDir);
        dir.lock();
        return open(dir, target, clock, dir::close, false);
    }

    /**
     * Opens the services of a data directory whose office database this PC hosts for the other PCs
     * (decision note 0620): the running {@code host} holds the data directory's lock and its own
     * handle on the same database file (H2 shares one engine per file within a JVM), runs the
     * daily backup, and is closed after the services.
     */
    public static Services openHosting(Path dataDir, Clock clock, AutoCloseable host) {
        return open(new DataDirectory(dataDir), null, clock, host, true);
    }

    private static Services open(DataDirectory dir, DatabaseTarget target, Clock clock, AutoCloseable afterClose,
            boolean hosting) {
        Database db;
        try {
            // This PC's own file also gets the staged restore, the clean-close marker and the check.
            db = target == null || target.equals(DatabaseTarget.embedded(dir))
                    ? Database.open(dir) : Database.open(target);
        } catch (RuntimeException e) {
            try {
                afterClose.close();
            } catch (Exception again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        var offices = new JdbcOfficeRepository(db);
        var users = new JdbcUserRepository(db);
        var settings = new JdbcSettingsRepository(db);
        var releases = new JdbcReleaseRepository(db);
        var media = new DatabaseMediaStore(db, dir.media(), clock);
        // Photo files from before photos moved into the database (decision 0610); once per PC.
        media.adoptLocalFiles();
        var hasher = PasswordHasher.standard();
        // One PC: the key file of decision 0302; a server, or a sealed key: only sealed in the database (0611).
        var keys = new OfficeKeys(new FileOfficeKeyStore(dir.root().resolve("keys")),
                new JdbcSealedKeyRepository(db), db::isShared, clock);
        var accounts = new AccountService(offices, users, hasher, db, clock, keys::createFor);
        offices.find().ifPresent(keys::createFor);
        var revisions = new JdbcRevisionRepository(db);
        var auditor = new Auditor(new JdbcAuditRepository(db), users);
        var leases = new LeaseService(new JdbcLeaseRepository(db), users, db, clock, releases::findById);
        var commentRepo = new JdbcCommentRepository(db);
        var numberFormat = new NumberingSettings(settings, users);
        // With a server, the editor's recovery records are also kept on this PC (decision note 0604).
        LocalRecoveries localRecoveries = db.isShared()
                ? new FileRecoveryStore(FileRecoveryStore.folderOf(dir.root())) : LocalRecoveries.NONE;
        Supplier<Office> office = () -> offices.find()
                .orElseThrow(() -> new UserFacingException("error.setup.notDone"));
        var channelRepo = new JdbcChannelRepository(db);
        var planRepo = new JdbcPlanRepository(db);
        // Built in the order they need each other: scheduling reacts to drafts and review (hooks),
        // the checklist gates review, so both exist before the services they plug into.
        var schedule = new ScheduleService(new ScheduleService.Deps(channelRepo, planRepo, releases, revisions,
                settings, auditor, users, db, clock, office));
        var drafts = new DraftService(new DraftService.Deps(releases, revisions, new JdbcRecoveryRepository(db),
                localRecoveries, users, db, clock, office, numberFormat, auditor, leases, schedule));
        var comments = new CommentService(commentRepo, releases, users, clock);
        var writing = new WritingCheckService(WritingChecker.fromClasspath(), new JdbcOfficeWordRepository(db),
                new JdbcIgnoredWordRepository(db), users, clock, offices::find);
        var checklist = new ChecklistService(settings, writing, comments::openCount, users);
        var review = new ReviewService(new ReviewService.Deps(releases, revisions, commentRepo, releases, auditor,
                leases, users, db, clock, (actor, release, transition) -> checklist.requirePassed(release), schedule));
        var demo = new DemoGenerator(new DemoGenerator.Deps(accounts, users, hasher, releases, revisions, media, db,
                clock, numberFormat, channelRepo, planRepo, settings));
        long maxPhoto = settings.get(PHOTO_MAX_BYTES).map(Long::parseLong).orElse(PhotoImporter.DEFAULT_MAX_BYTES);
        var bundleStore = new JdbcBundleRepository(db);
        BundleLimits limits = BundleLimits.DEFAULT
                .withMaxBundleBytes(settings.get(BUNDLE_MAX_BYTES).map(Long::parseLong)
                        .orElse(BundleLimits.DEFAULT.maxBundleBytes()))
                .withMaxPhotoBytes(settings.get(BUNDLE_MAX_PHOTO_BYTES).map(Long::parseLong)
                        .orElse(BundleLimits.DEFAULT.maxPhotoBytes()))
                .withMaxItems(settings.get(BUNDLE_MAX_ITEMS).map(Integer::parseInt)
                        .orElse(BundleLimits.DEFAULT.maxItems()));
        var bundles = new BundleService(new BundleService.Deps(offices, users, bundleStore, bundleStore, bundleStore,
                keys, media, db, clock, UUID::randomUUID, limits, dir.root(),
                TrailSource.from(planRepo, channelRepo, auditor), new JdbcInboxRepository(db)));
        var publish = new PublishService(new PublishService.Deps(releases, revisions, planRepo, channelRepo, offices,
                new IdentitySettings(settings, media, users), media, users, clock, bundles.inbox()));
        var search = new SearchService(new JdbcSearchSource(db), releases, dir.index(), dir.pcId(), clock,
                activeWindow(settings.get(SEARCH_ACTIVE_DAYS)));
        db.onCommit(search::changed);
        search.start();
        var storeCare = new FileStoreCare(dir, db);
        if (!db.isShared() && !hosting) {
            // A server is backed up with its own tools (README); a hosting PC's host does it itself.
            dailyBackup(storeCare, clock, offices);
        }
        return new Services(dir.root(), clock, accounts, drafts, review, comments, leases, auditor,
                new LibraryService(releases), search, new PhotoImporter(media, maxPhoto), media, settings, demo,
                writing, checklist, schedule, bundles, publish, storeCare, new MaintenanceService(storeCare, users,
                        clock, () -> offices.find().map(o -> o.zone()).orElse(clock.getZone())), () -> {
                    search.close();
                    db.close();
                    afterClose.close();
                });
    }

    /** The setting {@value #SEARCH_ACTIVE_DAYS} (whole days, at least 1); anything else keeps the default. */
    static java.time.Duration activeWindow(java.util.Optional<String> days) {
        try {
            long d = Long.parseLong(days.orElse("").trim());
            if (d >= 1) {
                return java.time.Duration.ofDays(d);
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        days.ifPresent(v -> java.util.logging.Logger.getLogger(Wiring.class.getName()).warning(
                "Setting " + SEARCH_ACTIVE_DAYS + "=" + v + " is not a number of days >= 1; using the default"));
        return SearchService.defaultActiveWindow();
    }

    /**
     * The daily backup, off the calling thread (the desktop app opens the store off the FX thread
     * anyway): at most once per office day, then old backups are pruned. A failure is logged; the
     * next start tries again.
     */
    private static void dailyBackup(StoreCare care, Clock clock, JdbcOfficeRepository offices) {
        if (!Boolean.parseBoolean(System.getProperty("humasdesk.backup.daily", "true"))) {
            return; // the test suite opens hundreds of throwaway stores
        }
        Thread t = new Thread(() -> {
            try {
                java.time.ZoneId zone = offices.find().map(o -> o.zone()).orElse(clock.getZone());
                care.backupIfDue(clock.instant(), zone);
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(Wiring.class.getName())
                        .log(java.util.logging.Level.WARNING, "Daily backup failed", e);
            }
        }, "daily-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
