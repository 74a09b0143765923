package id.humasdesk.logic.check;

import java.util.UUID;

/**
 * How many review comments of a release are still open. The review feature implements it; until
 * then nothing is ever open.
 */
@FunctionalInterface
public interface OpenComments {
    int countOpen(UUID releaseId);

    static OpenComments none() {
        return releaseId -> 0;
    }
}
