package id.humasdesk.logic.check;

import java.util.List;

/** Every enabled rule's outcome for one release, in the order of {@link ChecklistRule}. */
public record ChecklistResult(List<RuleResult> results) {
    public ChecklistResult {
        results = List.copyOf(results);
    }

    /** No required rule failed: the release may be submitted or approved. */
    public boolean passed() {
        return results.stream().noneMatch(RuleResult::blocks);
    }

    public List<RuleResult> blocking() {
        return results.stream().filter(RuleResult::blocks).toList();
    }

    /** Recommended rules that failed: shown, not blocking. */
    public List<RuleResult> warnings() {
        return results.stream().filter(r -> r.status() == RuleStatus.FAILED && r.level() == RuleLevel.RECOMMENDED)
                .toList();
    }

    public RuleResult of(ChecklistRule rule) {
        return results.stream().filter(r -> r.rule() == rule).findFirst().orElse(null);
    }
}
