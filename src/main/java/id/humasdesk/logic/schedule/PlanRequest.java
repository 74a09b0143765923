package id.humasdesk.logic.schedule;

import java.time.LocalDateTime;
import java.util.UUID;

/** One channel's plan as the user entered it, in the office's local time. */
public record PlanRequest(UUID channelId, LocalDateTime localTime, String caption, LocalDateTime embargoUntil) {
}
