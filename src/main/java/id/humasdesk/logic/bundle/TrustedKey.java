package id.humasdesk.logic.bundle;

import java.time.Instant;

/** A public key headquarters pinned for an office, and how it came to be trusted. */
public record TrustedKey(String officeCode, String officeName, String level, String zone, PublicKeyInfo key,
        Instant trustedAt, String trustedBy) {
}
