-- Scheduling: channels per office and publication plans. Portable SQL.

CREATE TABLE channel (
    id             UUID         NOT NULL PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    char_limit     INTEGER      NOT NULL,
    photo_required BOOLEAN      NOT NULL,
    active         BOOLEAN      NOT NULL,
    sort_order     INTEGER      NOT NULL,
    CONSTRAINT channel_code_uq UNIQUE (code)
);

INSERT INTO channel (id, code, name, char_limit, photo_required, active, sort_order) VALUES
    ('0b8a3c1e-0000-4000-8000-000000000001', 'WEBSITE', 'Situs web', 0, FALSE, TRUE, 1),
    ('0b8a3c1e-0000-4000-8000-000000000002', 'INSTAGRAM', 'Instagram', 2200, TRUE, TRUE, 2),
    ('0b8a3c1e-0000-4000-8000-000000000003', 'FACEBOOK', 'Facebook', 63206, FALSE, TRUE, 3),
    ('0b8a3c1e-0000-4000-8000-000000000004', 'X', 'X', 280, FALSE, TRUE, 4),
    ('0b8a3c1e-0000-4000-8000-000000000005', 'TIKTOK', 'TikTok', 2200, TRUE, TRUE, 5),
    ('0b8a3c1e-0000-4000-8000-000000000006', 'YOUTUBE', 'YouTube', 5000, TRUE, TRUE, 6),
    ('0b8a3c1e-0000-4000-8000-000000000007', 'WHATSAPP', 'Saluran WhatsApp', 1000, FALSE, TRUE, 7),
    ('0b8a3c1e-0000-4000-8000-000000000008', 'MEDIA', 'Distribusi ke media', 0, FALSE, TRUE, 8);

CREATE TABLE publication_plan (
    id            UUID          NOT NULL PRIMARY KEY,
    release_id    UUID          NOT NULL REFERENCES press_release (id),
    channel_id    UUID          NOT NULL REFERENCES channel (id),
    planned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    zone_id       VARCHAR(40)   NOT NULL,
    caption       VARCHAR(70000) NOT NULL,
    embargo_until TIMESTAMP WITH TIME ZONE,
    state         VARCHAR(20)   NOT NULL,
    posted_url    VARCHAR(2000) NOT NULL,
    note          VARCHAR(4000) NOT NULL,
    done_at       TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL
);
CREATE INDEX publication_plan_release_idx ON publication_plan (release_id);
CREATE INDEX publication_plan_time_idx ON publication_plan (planned_at, state);
