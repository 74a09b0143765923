-- Writing checks: the office word list ("add to dictionary") and words ignored per release.
-- Portable SQL (H2 and PostgreSQL). Words are kept exactly as written: "Apriyanto" and
-- "apriyanto" are different entries, because case decides what the spell checker accepts.

CREATE TABLE office_word (
    word      VARCHAR(60)  NOT NULL PRIMARY KEY,
    added_by  UUID         NOT NULL,
    added_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE release_ignored_word (
    release_id UUID         NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    word       VARCHAR(200) NOT NULL,
    added_by   UUID         NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (release_id, word)
);
