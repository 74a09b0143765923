package id.humasdesk.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * When and where a release goes out on one channel. The time is stored as a UTC instant plus the
 * zone it was planned in, so "09.00 WITA" stays 09.00 WITA wherever it is read.
 */
public record PublicationPlan(UUID id, UUID releaseId, UUID channelId, Instant at, ZoneId zone, String caption,
        Instant embargoUntil, PlanState state, String postedUrl, String note, Instant doneAt, long version) {
    /** After this long without being marked, a due plan counts as missed. */
    public static final Duration MISSED_AFTER = Duration.ofHours(1);

    public PublicationPlan {
        caption = caption == null ? "" : caption;
        postedUrl = postedUrl == null ? "" : postedUrl;
        note = note == null ? "" : note;
    }

    public ZonedDateTime local() {
        return at.atZone(zone);
    }

    public boolean dueAt(Instant now) {
        return state == PlanState.PLANNED && !now.isBefore(at) && (embargoUntil == null || !now.isBefore(embargoUntil));
    }

    public boolean missedAt(Instant now) {
        return state == PlanState.PLANNED && now.isAfter(at.plus(MISSED_AFTER));
    }

    public PublicationPlan withAt(Instant value) {
        return new PublicationPlan(id, releaseId, channelId, value, zone, caption, embargoUntil, state, postedUrl,
                note, doneAt, version);
    }

    public PublicationPlan withState(PlanState value, String url, String why, Instant when) {
        return new PublicationPlan(id, releaseId, channelId, at, zone, caption, embargoUntil, value, url, why, when,
                version);
    }

    public PublicationPlan withVersion(long value) {
        return new PublicationPlan(id, releaseId, channelId, at, zone, caption, embargoUntil, state, postedUrl, note,
                doneAt, value);
    }
}
