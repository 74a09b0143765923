package id.humasdesk.logic.draft;

import id.humasdesk.model.Release;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored releases. Updates compare the version and fail with a conflict when it moved. */
public interface ReleaseRepository {
    void insert(Release release);

    /** Inserts many at once; for generated demo data. */
    void insertAll(List<Release> releases);

    /**
     * Writes the release if the stored version still equals {@code release.version()}.
     *
     * @return the release with its new version
     * @throws id.humasdesk.logic.common.ConflictException when someone else changed it first
     */
    Release update(Release release);

    Optional<Release> findById(UUID id);

    /** The next number in the office's sequence for that year; never hands out the same one twice. */
    int nextSequence(String officeCode, int year);
}
