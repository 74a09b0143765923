package id.humasdesk.logic.bundle;

import id.humasdesk.model.Release;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sending side: what may go out, and what went out in which bundle. */
public interface BundleExportRepository {
    /** Releases (current version) the selection takes, see {@link ExportSelection}. */
    List<Release> findForExport(ExportSelection selection);

    Optional<ExportRecord> lastExport();

    /** Records a written bundle and the release versions it carried. */
    void recordExport(ExportRecord record, List<Release> sent);

    /** Newest first. */
    List<ExportRecord> exportHistory(int limit);
}
