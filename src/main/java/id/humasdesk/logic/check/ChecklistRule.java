package id.humasdesk.logic.check;

/** The rules of the checklist before submit, each with the level an office starts with. */
public enum ChecklistRule {
    HEADLINE_PRESENT(RuleLevel.REQUIRED),
    HEADLINE_LENGTH(RuleLevel.RECOMMENDED),
    HEADLINE_NOT_ALL_CAPS(RuleLevel.REQUIRED),
    DATELINE_PRESENT(RuleLevel.REQUIRED),
    LEAD_NAMES_FACTS(RuleLevel.RECOMMENDED),
    SIARAN_PERS_QUOTES_NARASUMBER(RuleLevel.RECOMMENDED),
    PHOTOS_CAPTIONED_AND_CREDITED(RuleLevel.REQUIRED),
    NO_OPEN_COMMENTS(RuleLevel.REQUIRED),
    WRITING_FINDINGS_RESOLVED(RuleLevel.RECOMMENDED);

    private final RuleLevel defaultLevel;

    ChecklistRule(RuleLevel defaultLevel) {
        this.defaultLevel = defaultLevel;
    }

    public RuleLevel defaultLevel() {
        return defaultLevel;
    }
}
