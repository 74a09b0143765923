-- Issue 11: photos (and logo/signature images) in the database, once per content (decision 0610).
-- H2 keeps large binaries as BLOB (streamed from its LOB storage); PostgreSQL has no BLOB type and
-- uses BYTEA (db/vendor/postgresql, same version). Everything else about the table is the same.
CREATE TABLE media_blob (
    sha256     CHAR(64)    NOT NULL PRIMARY KEY,
    media_type VARCHAR(40) NOT NULL,
    byte_size  BIGINT      NOT NULL,
    content    BLOB        NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
