-- Headquarters view (issue 5): what each sending office says about itself, and the embargo of
-- received releases. Numbered 5.1 to stay with the bundle tables of V5 (Flyway runs out of order).
-- Portable SQL (H2 and PostgreSQL).

-- One row per office code, from the manifest of its newest bundle (described_at = its createdAt).
CREATE TABLE received_office (
    office_code  VARCHAR(20)  NOT NULL PRIMARY KEY,
    office_name  VARCHAR(200) NOT NULL,
    office_level VARCHAR(20)  NOT NULL,
    province     VARCHAR(40),
    zone_id      VARCHAR(100) NOT NULL,
    described_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX received_office_province_idx ON received_office (province);

-- Offices that sent bundles before this table existed: named from their pinned key; the province
-- arrives with their next bundle, which is newer than this placeholder date.
INSERT INTO received_office (office_code, office_name, office_level, province, zone_id, described_at)
SELECT k.office_code, k.office_name, k.office_level, NULL, k.zone_id, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00'
FROM trusted_office_key k
WHERE k.retired_at IS NULL AND EXISTS (SELECT 1 FROM bundle_received b WHERE b.office_code = k.office_code);

-- Set while the item arrived withheld (pubstatus withheld): the earliest embargo of its plans.
ALTER TABLE received_release ADD COLUMN embargoed TIMESTAMP WITH TIME ZONE;
CREATE INDEX received_release_status_idx ON received_release (status, version_created);
