-- Bundles for headquarters (issue 5): export history, pinned office keys, received releases.
-- Portable SQL (H2 and PostgreSQL). Instants are TIMESTAMP WITH TIME ZONE in UTC.

-- Sending side: every bundle this office wrote, and which release versions it carried.
CREATE TABLE bundle_export (
    bundle_id          UUID          NOT NULL PRIMARY KEY,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(32)   NOT NULL,
    item_count         INTEGER       NOT NULL,
    photo_count        INTEGER       NOT NULL,
    file_path          VARCHAR(2000) NOT NULL,
    file_size          BIGINT        NOT NULL,
    file_sha256        CHAR(64)      NOT NULL,
    previous_bundle_id UUID
);
CREATE INDEX bundle_export_created_idx ON bundle_export (created_at);

CREATE TABLE bundle_export_item (
    bundle_id       UUID   NOT NULL REFERENCES bundle_export (bundle_id),
    release_id      UUID   NOT NULL,
    release_version BIGINT NOT NULL,
    PRIMARY KEY (bundle_id, release_id)
);
CREATE INDEX bundle_export_item_release_idx ON bundle_export_item (release_id, release_version);

-- Receiving side: one active public key per office code; replaced keys stay, retired.
CREATE TABLE trusted_office_key (
    office_code  VARCHAR(20)  NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    public_key   VARCHAR(200) NOT NULL,
    office_name  VARCHAR(200) NOT NULL,
    office_level VARCHAR(20)  NOT NULL,
    zone_id      VARCHAR(40)  NOT NULL,
    trusted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    trusted_by   VARCHAR(100) NOT NULL,
    retired_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (office_code, fingerprint)
);
CREATE INDEX trusted_office_key_fp_idx ON trusted_office_key (fingerprint);

CREATE TABLE bundle_received (
    bundle_id          UUID         NOT NULL PRIMARY KEY,
    office_code        VARCHAR(20)  NOT NULL,
    previous_bundle_id UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(32)  NOT NULL,
    imported_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by        VARCHAR(32)  NOT NULL,
    item_count         INTEGER      NOT NULL,
    file_name          VARCHAR(500) NOT NULL,
    file_sha256        CHAR(64)     NOT NULL,
    chain_gap          BOOLEAN      NOT NULL
);
CREATE INDEX bundle_received_office_idx ON bundle_received (office_code, created_at);

-- Releases of other offices, read-only here: the newest version received, as its ninjs item.
CREATE TABLE received_release (
    id              UUID          NOT NULL PRIMARY KEY,
    origin_office   VARCHAR(20)   NOT NULL,
    release_version BIGINT        NOT NULL,
    release_no      VARCHAR(100),
    type            VARCHAR(30)   NOT NULL,
    status          VARCHAR(30)   NOT NULL,
    pubstatus       VARCHAR(20)   NOT NULL,
    headline        VARCHAR(1000) NOT NULL,
    search_text     VARCHAR(100000) NOT NULL,
    first_created   TIMESTAMP WITH TIME ZONE NOT NULL,
    version_created TIMESTAMP WITH TIME ZONE NOT NULL,
    item_sha256     CHAR(64)      NOT NULL,
    ninjs_json      TEXT          NOT NULL,
    bundle_id       UUID          NOT NULL REFERENCES bundle_received (bundle_id),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX received_release_office_idx ON received_release (origin_office, version_created);

-- The same release version arrived with different content: both copies kept, none overwritten.
CREATE TABLE received_conflict (
    release_id      UUID        NOT NULL,
    release_version BIGINT      NOT NULL,
    item_sha256     CHAR(64)    NOT NULL,
    origin_office   VARCHAR(20) NOT NULL,
    ninjs_json      TEXT        NOT NULL,
    bundle_id       UUID        NOT NULL,
    detected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (release_id, release_version, item_sha256)
);
