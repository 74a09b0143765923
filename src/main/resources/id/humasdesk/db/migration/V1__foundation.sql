-- Foundation schema. Portable SQL: the same migrations are meant to run on PostgreSQL.
-- Instants are stored as TIMESTAMP WITH TIME ZONE in UTC.

CREATE TABLE office (
    id          INTEGER      NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    office_level VARCHAR(20) NOT NULL,
    province    VARCHAR(40),
    zone_id     VARCHAR(40)  NOT NULL,
    CONSTRAINT office_single_row CHECK (id = 1)
);

CREATE TABLE setting (
    setting_name  VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

CREATE TABLE app_user (
    id              UUID         NOT NULL PRIMARY KEY,
    username        VARCHAR(32)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    roles           VARCHAR(100) NOT NULL,
    active          BOOLEAN      NOT NULL,
    password_hash   VARCHAR(300) NOT NULL,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_username_uq UNIQUE (username)
);

CREATE TABLE press_release (
    id           UUID          NOT NULL PRIMARY KEY,
    office_code  VARCHAR(20)   NOT NULL,
    release_no   VARCHAR(100)  NOT NULL,
    type         VARCHAR(30)   NOT NULL,
    status       VARCHAR(30)   NOT NULL,
    headline     VARCHAR(1000) NOT NULL,
    search_text  VARCHAR(100000) NOT NULL,
    content_json TEXT          NOT NULL,
    author_id    UUID          NOT NULL REFERENCES app_user (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    trashed      BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT press_release_number_uq UNIQUE (office_code, release_no)
);
CREATE INDEX press_release_recent_idx ON press_release (trashed, updated_at, id);
CREATE INDEX press_release_author_idx ON press_release (author_id);

CREATE TABLE release_revision (
    release_id   UUID    NOT NULL REFERENCES press_release (id),
    revision_no  INTEGER NOT NULL,
    content_json TEXT    NOT NULL,
    saved_by     UUID    NOT NULL REFERENCES app_user (id),
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (release_id, revision_no)
);

CREATE TABLE number_sequence (
    office_code VARCHAR(20) NOT NULL,
    seq_year    INTEGER     NOT NULL,
    last_value  INTEGER     NOT NULL,
    PRIMARY KEY (office_code, seq_year)
);

CREATE TABLE recovery (
    id           UUID        NOT NULL PRIMARY KEY,
    user_id      UUID        NOT NULL REFERENCES app_user (id),
    release_id   UUID,
    release_type VARCHAR(30) NOT NULL,
    content_json TEXT        NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
