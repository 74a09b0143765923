package id.humasdesk.logic.check;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.common.SettingsRepository;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The checklist before submit. {@link #evaluate} reports every enabled rule; {@link #requirePassed}
 * is what the review feature calls on submit and on approve, so required rules hold in logic/ and
 * not only in the view. An administrator sets each rule's level.
 */
public final class ChecklistService {
    static final String SETTING_LEVEL = "checklist.level.";
    static final String SETTING_HEADLINE_MAX = "checklist.headlineMax";
    private static final Logger LOG = Logger.getLogger(ChecklistService.class.getName());
    private static final Pattern QUOTE = Pattern.compile("[“\"«„]\\s*[^“”\"»]*?\\p{L}+\\s+\\p{L}+\\s+\\p{L}+[^“”\"»]*[”\"»]");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?iu)\\b(?:ujar|kata|tutur|ungkap|jelas|tegas|terang|sebut|tambah|imbuh|pungkas|papar|ucap)(?:nya)?\\b");

    private final SettingsRepository settings;
    private final WritingCheckService writing;
    private final OpenComments comments;
    private final Authority authority;

    public ChecklistService(SettingsRepository settings, WritingCheckService writing, OpenComments comments,
            UserRepository users) {
        this.settings = settings;
        this.writing = writing;
        this.comments = comments;
        this.authority = new Authority(users);
    }

    public ChecklistSettings settings() {
        Map<ChecklistRule, RuleLevel> levels = new EnumMap<>(ChecklistRule.class);
        for (ChecklistRule r : ChecklistRule.values()) {
            settings.get(SETTING_LEVEL + r.name()).ifPresent(v -> {
                try {
                    levels.put(r, RuleLevel.valueOf(v));
                } catch (IllegalArgumentException e) {
                    LOG.warning(() -> "Unknown checklist level " + v + " for " + r + "; default used");
                }
            });
        }
        int max = settings.get(SETTING_HEADLINE_MAX).map(ChecklistService::parseOrDefault)
                .orElse(ChecklistSettings.DEFAULT_HEADLINE_MAX);
        try {
            return new ChecklistSettings(levels, max);
        } catch (RuntimeException e) {
            return new ChecklistSettings(levels, ChecklistSettings.DEFAULT_HEADLINE_MAX);
        }
    }

    public void saveSettings(User actor, ChecklistSettings value) {
        authority.require(actor, Role.ADMIN);
        for (ChecklistRule r : ChecklistRule.values()) {
            settings.put(SETTING_LEVEL + r.name(), value.level(r).name());
        }
        settings.put(SETTING_HEADLINE_MAX, Integer.toString(value.headlineMaxLength()));
    }

    /** Evaluates a release; {@code releaseId} is null for a draft not saved yet. May block on the dictionary. */
    public ChecklistResult evaluate(ReleaseType type, ReleaseContent c, UUID releaseId) {
        ChecklistSettings s = settings();
        List<RuleResult> out = new ArrayList<>();
        for (ChecklistRule rule : ChecklistRule.values()) {
            RuleLevel level = s.level(rule);
            if (level == RuleLevel.OFF) {
                continue;
            }
            List<Problem> problems = new ArrayList<>();
            boolean applies = check(rule, type, c, releaseId, s, problems);
            RuleStatus status = !applies ? RuleStatus.NOT_APPLICABLE
                    : problems.isEmpty() ? RuleStatus.PASSED : RuleStatus.FAILED;
            out.add(new RuleResult(rule, level, status, problems));
        }
        return new ChecklistResult(out);
    }

    /** Refuses (with the full result) when a required rule fails. Submit and approve call this. */
    public void requirePassed(Release release) {
        requirePassed(release.type(), release.content(), release.id());
    }

    public void requirePassed(ReleaseType type, ReleaseContent content, UUID releaseId) {
        ChecklistResult result = evaluate(type, content, releaseId);
        if (!result.passed()) {
            throw new ChecklistFailedException(result);
        }
    }

    /** Adds the rule's problems; false when the rule does not concern this release. */
    private boolean check(ChecklistRule rule, ReleaseType type, ReleaseContent c, UUID releaseId,
            ChecklistSettings s, List<Problem> problems) {
        String headline = c.headline();
        switch (rule) {
            case HEADLINE_PRESENT -> {
                if (headline.isEmpty()) {
                    problems.add(Problem.of("check.rule.headlineMissing"));
                }
            }
            case HEADLINE_LENGTH -> {
                if (headline.isEmpty()) {
                    return false;
                }
                if (headline.length() > s.headlineMaxLength()) {
                    problems.add(Problem.of("check.rule.headlineTooLong", s.headlineMaxLength(), headline.length()));
                }
            }
            case HEADLINE_NOT_ALL_CAPS -> {
                if (headline.isEmpty()) {
                    return false;
                }
                if (Words.isAllCaps(headline) && Tokenizer.words(headline).size() > 1) {
                    problems.add(Problem.of("check.rule.headlineAllCaps"));
                }
            }
            case DATELINE_PRESENT -> {
                if (c.datelinePlace().isEmpty() || c.datelineDate() == null) {
                    problems.add(Problem.of("check.rule.datelineMissing"));
                }
            }
            case LEAD_NAMES_FACTS -> {
                if (c.lead().isEmpty()) {
                    problems.add(Problem.of("check.rule.leadMissing"));
                } else {
                    LeadFacts.missing(c.lead(), c.datelinePlace()).forEach(k -> problems.add(Problem.of(k)));
                }
            }
            case SIARAN_PERS_QUOTES_NARASUMBER -> {
                if (type != ReleaseType.SIARAN_PERS) {
                    return false;
                }
                String text = c.lead() + "\n" + c.bodyText();
                if (!QUOTE.matcher(text).find()) {
                    problems.add(Problem.of("check.rule.quoteMissing"));
                } else if (c.narasumber().isEmpty() && !ATTRIBUTION.matcher(text).find()) {
                    problems.add(Problem.of("check.rule.quoteUnattributed"));
                }
            }
            case PHOTOS_CAPTIONED_AND_CREDITED -> {
                if (c.photos().isEmpty()) {
                    return false;
                }
                long incomplete = c.photos().stream().filter(p -> p.caption().isEmpty() || p.credit().isEmpty()).count();
                if (incomplete > 0) {
                    problems.add(Problem.of("check.rule.photosIncomplete", incomplete));
                }
            }
            case NO_OPEN_COMMENTS -> {
                int open = releaseId == null ? 0 : comments.countOpen(releaseId);
                if (open > 0) {
                    problems.add(Problem.of("check.rule.commentsOpen", open));
                }
            }
            case WRITING_FINDINGS_RESOLVED -> {
                // Only findings the editor underlines count; "perhaps" findings never block.
                long open = writing.check(c, releaseId).stream().filter(Finding::underlined).count();
                if (open > 0) {
                    problems.add(Problem.of("check.rule.findingsOpen", open));
                }
            }
            default -> throw new IllegalStateException("Unhandled rule " + rule);
        }
        return true;
    }

    private static int parseOrDefault(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return ChecklistSettings.DEFAULT_HEADLINE_MAX;
        }
    }
}
