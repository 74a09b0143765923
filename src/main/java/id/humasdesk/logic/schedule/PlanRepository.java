package id.humasdesk.logic.schedule;

import id.humasdesk.model.PlanState;
import id.humasdesk.model.PublicationPlan;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Publication plans. Updates compare the version like releases do. */
public interface PlanRepository {
    void insert(PublicationPlan plan);

    /** @throws id.humasdesk.logic.ConflictException when the plan changed since it was read */
    PublicationPlan update(PublicationPlan plan);

    Optional<PublicationPlan> find(UUID id);

    List<PublicationPlan> forRelease(UUID releaseId);

    /** Plans whose time lies in [from, to), any state. */
    List<PublicationPlan> between(Instant from, Instant to);

    /** Plans in [from, to) with their release's number, headline and status. */
    List<PlannedRelease> betweenWithReleases(Instant from, Instant to);

    /** Plans in this state whose time is before {@code before}. */
    List<PublicationPlan> inStateBefore(PlanState state, Instant before);

    /** Releases that have a plan in PLANNED state older than {@code before}: the missed ones. */
    Set<UUID> releasesWithPlannedBefore(Instant before);
}
