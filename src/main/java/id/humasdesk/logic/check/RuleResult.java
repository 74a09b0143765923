package id.humasdesk.logic.check;

import java.util.List;

/** One rule's outcome for one release, with the reasons when it failed. */
public record RuleResult(ChecklistRule rule, RuleLevel level, RuleStatus status, List<Problem> problems) {
    public RuleResult {
        problems = List.copyOf(problems);
    }

    public boolean blocks() {
        return status == RuleStatus.FAILED && level == RuleLevel.REQUIRED;
    }
}
