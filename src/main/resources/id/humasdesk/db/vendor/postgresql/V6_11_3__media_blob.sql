-- Issue 11: photos (and logo/signature images) in the database, once per content (decision 0610).
-- PostgreSQL has no BLOB type: BYTEA here, BLOB on H2 (db/vendor/h2, same version). A photo is
-- at most 20 MB (bundle limit), far below the 1 GB of a BYTEA value.
CREATE TABLE media_blob (
    sha256     CHAR(64)    NOT NULL PRIMARY KEY,
    media_type VARCHAR(40) NOT NULL,
    byte_size  BIGINT      NOT NULL,
    content    BYTEA       NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
