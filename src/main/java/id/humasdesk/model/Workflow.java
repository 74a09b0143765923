package id.humasdesk.model;

import static id.humasdesk.model.ReleaseStatus.APPROVED;
import static id.humasdesk.model.ReleaseStatus.CHANGES_REQUESTED;
import static id.humasdesk.model.ReleaseStatus.DRAFT;
import static id.humasdesk.model.ReleaseStatus.IN_REVIEW;
import static id.humasdesk.model.ReleaseStatus.PUBLISHED;
import static id.humasdesk.model.ReleaseStatus.SCHEDULED;
import static id.humasdesk.model.ReleaseStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a transition leads to from which status. Who may make it is decided in logic/;
 * this only knows the shape of the lifecycle, so an impossible move is refused whoever asks.
 */
public final class Workflow {
    private static final Map<Transition, Set<ReleaseStatus>> FROM = Map.of(
            Transition.SUBMIT, EnumSet.of(DRAFT, CHANGES_REQUESTED),
            Transition.REQUEST_CHANGES, EnumSet.of(IN_REVIEW),
            Transition.APPROVE, EnumSet.of(IN_REVIEW),
            Transition.RECALL, EnumSet.of(IN_REVIEW),
            Transition.EDIT_AFTER_APPROVAL, EnumSet.of(APPROVED, SCHEDULED),
            Transition.WITHDRAW, EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED),
            Transition.REOPEN, EnumSet.of(WITHDRAWN),
            Transition.CORRECT, EnumSet.of(PUBLISHED),
            Transition.SCHEDULE, EnumSet.of(APPROVED),
            Transition.PUBLISH, EnumSet.of(SCHEDULED));
    private static final Map<Transition, ReleaseStatus> TO = Map.of(
            Transition.SUBMIT, IN_REVIEW,
            Transition.REQUEST_CHANGES, CHANGES_REQUESTED,
            Transition.APPROVE, APPROVED,
            Transition.RECALL, DRAFT,
            Transition.EDIT_AFTER_APPROVAL, IN_REVIEW,
            Transition.WITHDRAW, WITHDRAWN,
            Transition.REOPEN, DRAFT,
            Transition.CORRECT, IN_REVIEW,
            Transition.SCHEDULE, SCHEDULED,
            Transition.PUBLISH, PUBLISHED);

    private Workflow() {
    }

    public static boolean allowed(ReleaseStatus from, Transition t) {
        return FROM.getOrDefault(t, Set.of()).contains(from);
    }

    /** The status after the move, or a refusal naming both. */
    public static ReleaseStatus target(ReleaseStatus from, Transition t) {
        if (!allowed(from, t)) {
            throw new UserFacingException("error.workflow.notAllowed", "enum.Transition." + t.name(),
                    "enum.ReleaseStatus." + from.name());
        }
        return TO.get(t);
    }
}
