package id.humasdesk.logic.schedule;

import id.humasdesk.model.PlanState;
import id.humasdesk.model.PublicationPlan;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Publication plans. Updates compare the version like releases do. */
public interface PlanRepository {
    void insert(PublicationPlan plan);

    /** @throws id.humasdesk.logic.common.ConflictException when the plan changed since it was read */
    PublicationPlan update(PublicationPlan plan);

    Optional<PublicationPlan> find(UUID id);

    List<PublicationPlan> forRelease(UUID releaseId);

    /** Plans of many releases at once (an export reads thousands); releases without plans are absent. */
    default Map<UUID, List<PublicationPlan>> forReleases(Collection<UUID> releaseIds) {
        Map<UUID, List<PublicationPlan>> out = new HashMap<>();
        for (UUID id : releaseIds) {
            List<PublicationPlan> plans = forRelease(id);
            if (!plans.isEmpty()) {
                out.put(id, plans);
            }
        }
        return out;
    }

    /** Plans whose time lies in [from, to), any state. */
    List<PublicationPlan> between(Instant from, Instant to);

    /** Plans in [from, to) with their release's number, headline and status. */
    default List<PlannedRelease> betweenWithReleases(Instant from, Instant to) {
        return betweenWithReleases(from, to, Integer.MAX_VALUE);
    }

    /** The first {@code limit} plans in [from, to) by time, with their release's number, headline and status. */
    List<PlannedRelease> betweenWithReleases(Instant from, Instant to, int limit);

    /** How many plans lie in [from, to), any state. */
    int countBetween(Instant from, Instant to);

    /** Plans in this state whose time is before {@code before}. */
    List<PublicationPlan> inStateBefore(PlanState state, Instant before);

    /** Releases that have a plan in PLANNED state older than {@code before}: the missed ones. */
    Set<UUID> releasesWithPlannedBefore(Instant before);
}
