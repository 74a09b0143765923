package id.humasdesk.model;

/**
 * The one rule every path that changes a release's text applies (lease, autosave, save, take-over,
 * restore of a revision, import of text): the status must allow editing, the release must not be in
 * the trash, and the user must be its writing author or a reviewer. Editing an approved or
 * scheduled release is allowed but sends it back to review (see {@link Workflow}); a published
 * release is changed only after the "correct" transition has put it back in review.
 */
public final class EditRights {
    private EditRights() {
    }

    /** Refuses with the reason a user would understand. */
    public static void require(User editor, Release r) {
        if (r.trashed()) {
            throw new UserFacingException("error.release.inTrash");
        }
        if (r.status() == ReleaseStatus.PUBLISHED) {
            throw new UserFacingException("error.release.correctFirst");
        }
        if (!r.status().editable()) {
            throw new UserFacingException("error.release.notEditable", "enum.ReleaseStatus." + r.status().name());
        }
        boolean author = r.authorId().equals(editor.id());
        if (!(author && editor.has(Role.WRITER)) && !editor.has(Role.REVIEWER)) {
            throw new UserFacingException("error.release.notYours");
        }
    }

    public static boolean allows(User editor, Release r) {
        try {
            require(editor, r);
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }
}
