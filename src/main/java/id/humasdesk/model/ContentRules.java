package id.humasdesk.model;

import java.util.ArrayList;
import java.util.List;

/** The minimum a release needs before it can be saved as something a reviewer may read. */
public final class ContentRules {
    public static final int HEADLINE_MAX = 150;

    private ContentRules() {
    }

    public static List<ContentIssue> check(ReleaseType type, ReleaseContent c) {
        List<ContentIssue> issues = new ArrayList<>();
        if (c.headline().isEmpty()) {
            issues.add(new ContentIssue(ContentIssue.Field.HEADLINE, "validation.headline.required"));
        } else if (c.headline().length() > HEADLINE_MAX) {
            issues.add(new ContentIssue(ContentIssue.Field.HEADLINE, "validation.headline.tooLong"));
        }
        if (c.datelinePlace().isEmpty() || c.datelineDate() == null) {
            issues.add(new ContentIssue(ContentIssue.Field.DATELINE, "validation.dateline.required"));
        }
        if (c.lead().isEmpty()) {
            issues.add(new ContentIssue(ContentIssue.Field.LEAD, "validation.lead.required"));
        }
        if (c.paragraphs().isEmpty()) {
            issues.add(new ContentIssue(ContentIssue.Field.BODY, "validation.body.required"));
        }
        if (type == ReleaseType.SIARAN_PERS && c.contactPerson().isEmpty()) {
            issues.add(new ContentIssue(ContentIssue.Field.CONTACT, "validation.contact.required"));
        }
        if (c.narasumber().stream().anyMatch(n -> n.name().isEmpty() || n.title().isEmpty())) {
            issues.add(new ContentIssue(ContentIssue.Field.NARASUMBER, "validation.narasumber.incomplete"));
        }
        if (c.photos().stream().anyMatch(p -> p.caption().isEmpty() || p.credit().isEmpty())) {
            issues.add(new ContentIssue(ContentIssue.Field.PHOTOS, "validation.photo.captionCredit"));
        }
        return issues;
    }
}
