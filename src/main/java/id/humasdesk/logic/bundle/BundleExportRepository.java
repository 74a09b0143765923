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

    /**
     * The bundle this office's chain ends at: what the next bundle names as its previous one. The
     * store keeps it beside the history and moves it only in {@link #recordExport}.
     */
    default Optional<UUID> chainHead() {
        return lastExport().map(ExportRecord::bundleId);
    }

    /**
     * Records a written bundle and the release versions it carried (the "sent" markers), in the
     * caller's transaction. The chain position is locked first: when it no longer ends at the
     * record's previous bundle (another PC recorded an export meanwhile) nothing is written and
     * {@link ChainMoved} is thrown, so two PCs never both claim one position (decision 0612).
     */
    void recordExport(ExportRecord record, List<Release> sent);

    /** Newest first. */
    List<ExportRecord> exportHistory(int limit);
}
