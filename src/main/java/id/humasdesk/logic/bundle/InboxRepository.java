package id.humasdesk.logic.bundle;

import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only queries over what headquarters received: the inbox screen's data. */
public interface InboxRepository {
    /**
     * A sending office: as its newest bundle describes it (or its pinned key, before any bundle),
     * with its bundles, open chain gaps (bundles whose predecessor never arrived) and releases.
     * Level and province are enum names as sent; a newer sender may use names unknown here.
     */
    record OfficeRow(String code, String name, String level, String province, int bundles, Instant lastBundleAt,
            Instant lastImportedAt, int openGaps, int releases) {
    }

    /** Filters of the release list; null or blank means any. {@code text} is matched in headline and body. */
    record Query(String officeCode, String province, ReleaseStatus status, String text, int limit) {
    }

    /** One received release as the list shows it (newest version held). */
    record ReleaseRow(UUID id, String officeCode, String officeName, String province, long version, String number,
            ReleaseType type, ReleaseStatus status, String pubstatus, Instant embargoed, String headline,
            Instant versionCreated, Instant receivedAt) {
    }

    /** The first {@code limit} rows, newest first, and how many match in all. */
    record Page(List<ReleaseRow> rows, int total) {
    }

    /** A copy of a version that differed from the one held; {@code keptJson} is that copy as received. */
    record ConflictRow(UUID releaseId, long version, String sha256, String officeCode, UUID bundleId,
            Instant detectedAt, String heldHeadline, long heldVersion, String keptJson) {
    }

    List<OfficeRow> offices();

    Page releases(Query query);

    Optional<ReleaseRow> release(UUID id);

    /** The held item exactly as received. */
    Optional<String> json(UUID id);

    /** Newest first. */
    List<ConflictRow> conflicts(int limit);

    /**
     * Streams every held release whose newest copy arrived at or after {@code from}, with its JSON
     * as received; a post made in a month can only arrive after that month began.
     */
    void eachReceivedSince(java.time.Instant from, java.util.function.BiConsumer<ReleaseRow, String> action);
}
