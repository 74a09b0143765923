package id.humasdesk.logic.services;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.check.ChecklistService;
import id.humasdesk.logic.check.WritingCheckService;
import id.humasdesk.logic.common.SettingsRepository;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.logic.draft.PhotoImporter;
import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.logic.maintenance.MaintenanceService;
import id.humasdesk.logic.maintenance.StoreCare;
import id.humasdesk.logic.review.CommentService;
import id.humasdesk.logic.review.ReviewService;
import id.humasdesk.logic.schedule.ScheduleService;
import id.humasdesk.logic.search.SearchService;
import java.nio.file.Path;
import java.time.Clock;

/** Everything the front ends (gui, cli) may call, wired by the composition root. */
public record Services(
        Path dataDirectory,
        Clock clock,
        AccountService accounts,
        DraftService drafts,
        ReviewService review,
        CommentService comments,
        LeaseService leases,
        Auditor audit,
        LibraryService library,
        SearchService search,
        PhotoImporter photos,
        MediaStore media,
        SettingsRepository settings,
        DemoGenerator demo,
        WritingCheckService writing,
        ChecklistService checklist,
        ScheduleService schedule,
        BundleService bundles,
        id.humasdesk.logic.publish.PublishService publish,
        StoreCare storeCare,
        MaintenanceService maintenance,
        AutoCloseable closer) implements AutoCloseable {

    /** Shuts the database down and releases the data directory. */
    @Override
    public void close() {
        try {
            closer.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Closing the data directory failed", e);
        }
    }
}
