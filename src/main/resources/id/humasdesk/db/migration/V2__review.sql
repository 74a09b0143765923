-- Review workflow: audit log (append-only), comments, edit leases. Portable SQL.

CREATE TABLE audit_event (
    id            UUID         NOT NULL PRIMARY KEY,
    release_id    UUID         NOT NULL,
    release_no    VARCHAR(100) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      UUID         NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    from_status   VARCHAR(30),
    to_status     VARCHAR(30),
    reason        VARCHAR(4000) NOT NULL,
    revision_no   INTEGER      NOT NULL
);
CREATE INDEX audit_event_release_idx ON audit_event (release_id, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

CREATE TABLE release_comment (
    id           UUID          NOT NULL PRIMARY KEY,
    release_id   UUID          NOT NULL REFERENCES press_release (id),
    parent_id    UUID          REFERENCES release_comment (id),
    paragraph_no INTEGER,
    author_id    UUID          NOT NULL REFERENCES app_user (id),
    body         VARCHAR(8000) NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    resolved_by  UUID          REFERENCES app_user (id)
);
CREATE INDEX release_comment_release_idx ON release_comment (release_id, created_at);

CREATE TABLE edit_lease (
    release_id   UUID         NOT NULL PRIMARY KEY REFERENCES press_release (id),
    user_id      UUID         NOT NULL REFERENCES app_user (id),
    machine      VARCHAR(200) NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_edit_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX press_release_status_idx ON press_release (status, author_id);
