package id.humasdesk.logic.check;

import id.humasdesk.model.ContentRules;
import id.humasdesk.model.UserFacingException;
import java.util.EnumMap;
import java.util.Map;

/**
 * An office's checklist: the level of every rule and the longest headline it accepts.
 *
 * @param levels            level per rule; rules left out keep their default level
 * @param headlineMaxLength the most characters a headline may have
 */
public record ChecklistSettings(Map<ChecklistRule, RuleLevel> levels, int headlineMaxLength) {
    public static final int DEFAULT_HEADLINE_MAX = 100;
    public static final int MIN_HEADLINE_MAX = 20;

    public ChecklistSettings {
        EnumMap<ChecklistRule, RuleLevel> all = new EnumMap<>(ChecklistRule.class);
        for (ChecklistRule r : ChecklistRule.values()) {
            RuleLevel l = levels == null ? null : levels.get(r);
            all.put(r, l == null ? r.defaultLevel() : l);
        }
        if (headlineMaxLength < MIN_HEADLINE_MAX || headlineMaxLength > ContentRules.HEADLINE_MAX) {
            throw new UserFacingException("check.settings.headlineMaxInvalid", MIN_HEADLINE_MAX,
                    ContentRules.HEADLINE_MAX);
        }
        levels = Map.copyOf(all);
    }

    public static ChecklistSettings defaults() {
        return new ChecklistSettings(Map.of(), DEFAULT_HEADLINE_MAX);
    }

    public RuleLevel level(ChecklistRule rule) {
        return levels.get(rule);
    }

    public ChecklistSettings withLevel(ChecklistRule rule, RuleLevel level) {
        EnumMap<ChecklistRule, RuleLevel> m = new EnumMap<>(levels);
        m.put(rule, level);
        return new ChecklistSettings(m, headlineMaxLength);
    }

    public ChecklistSettings withHeadlineMaxLength(int value) {
        return new ChecklistSettings(levels, value);
    }
}
