package id.humasdesk.logic.draft;

import id.humasdesk.model.Revision;
import java.util.List;
import java.util.UUID;

/** Append-only history of a release's saved content. */
public interface RevisionRepository {
    void append(Revision revision);

    void appendAll(List<Revision> revisions);

    List<Revision> list(UUID releaseId);

    int lastNumber(UUID releaseId);

    /** Everyone who saved a revision: the authors, for the four-eyes rule. */
    java.util.Set<UUID> savers(UUID releaseId);
}
