package id.humasdesk.logic.account;

import java.time.Instant;

/** What the store keeps to check a password and to slow down guessing. */
public record Credential(String passwordHash, int failedAttempts, Instant lockedUntil) {
}
