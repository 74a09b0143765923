package id.humasdesk.app;

import id.humasdesk.logic.Services;
import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.account.PasswordHasher;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.draft.PhotoImporter;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.logic.search.SearchService;
import id.humasdesk.model.ReleaseNumberFormat;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.Database;
import id.humasdesk.store.FileMediaStore;
import id.humasdesk.store.JdbcOfficeRepository;
import id.humasdesk.store.JdbcRecoveryRepository;
import id.humasdesk.store.JdbcReleaseRepository;
import id.humasdesk.store.JdbcRevisionRepository;
import id.humasdesk.store.JdbcSearchSource;
import id.humasdesk.store.JdbcSettingsRepository;
import id.humasdesk.store.JdbcUserRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** Builds the services of one data directory: lock, database, repositories, use cases. */
public final class Wiring {
    public static final String NUMBER_FORMAT = "release.numberFormat";
    public static final String PHOTO_MAX_BYTES = "photo.maxBytes";

    private Wiring() {
    }

    public static Services open(Path dataDir, Clock clock) {
        DataDirectory dir = new DataDirectory(dataDir);
        dir.lock();
        Database db;
        try {
            db = Database.open(dir);
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
        var offices = new JdbcOfficeRepository(db);
        var users = new JdbcUserRepository(db);
        var settings = new JdbcSettingsRepository(db);
        var releases = new JdbcReleaseRepository(db);
        var media = new FileMediaStore(dir.media());
        var accounts = new AccountService(offices, users, PasswordHasher.standard(), db, clock, office -> { });
        var revisions = new JdbcRevisionRepository(db);
        Supplier<ReleaseNumberFormat> numberFormat =
                () -> new ReleaseNumberFormat(settings.get(NUMBER_FORMAT).orElse(ReleaseNumberFormat.DEFAULT));
        var drafts = new DraftService(releases, revisions, new JdbcRecoveryRepository(db), users, db, clock,
                () -> offices.find().orElseThrow(() -> new UserFacingException("error.setup.notDone")), numberFormat);
        var demo = new DemoGenerator(accounts, releases, revisions, media, db, clock, numberFormat);
        long maxPhoto = settings.get(PHOTO_MAX_BYTES).map(Long::parseLong).orElse(PhotoImporter.DEFAULT_MAX_BYTES);
        var search = new SearchService(new JdbcSearchSource(db), releases, dir.index());
        db.onCommit(search::changed);
        search.start();
        return new Services(dir.root(), clock, accounts, drafts, new LibraryService(releases), search,
                new PhotoImporter(media, maxPhoto), media, settings, demo, () -> {
                    search.close();
                    db.close();
                    dir.close();
                });
    }
}
