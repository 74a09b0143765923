package id.humasdesk.model;

/** What a user may do. A user can hold several roles. */
public enum Role {
    /** penulis: drafts releases. */
    WRITER,
    /** penyunting: reviews and approves releases of others. */
    REVIEWER,
    /** admin: manages users and office settings. */
    ADMIN
}
