package id.humasdesk.gui.hosting;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.UserFacingException;

/**
 * Why this PC does not host although an admin chose it, in the desktop's words: the store's
 * messages for these cases are written for the {@code serve} command (they name its options).
 */
final class HostingProblems {
    private HostingProblems() {
    }

    static String describe(Messages m, UserFacingException problem) {
        Object[] a = problem.arguments();
        return switch (problem.messageKey()) {
            case "error.host.portInUse" -> m.get("hosting.problem.port", a.length > 0 ? a[0] : "");
            case "error.host.notThisPc", "error.host.badAddress" ->
                    m.get("hosting.problem.address", a.length > 0 ? a[0] : "");
            default -> m.describe(problem);
        };
    }
}
