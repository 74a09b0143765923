-- Several PCs, one outbox (decision note 0603). Each PC keeps its own search index and follows the
-- outbox from its own cursor; rows are pruned only once every active PC has passed them.
--
-- search_outbox_counter hands out outbox numbers under a row lock held until the change commits, so
-- the numbers are dense and appear in commit order: a PC that has read every row up to N has missed
-- nothing below N. (An identity column can commit 7 after 8 is already visible.)
CREATE TABLE search_outbox_counter (
    id       INTEGER NOT NULL PRIMARY KEY,
    last_seq BIGINT  NOT NULL
);
INSERT INTO search_outbox_counter (id, last_seq) SELECT 1, COALESCE(MAX(seq), 0) FROM search_outbox;

-- Everything up to pruned_through has been deleted; a cursor below it has missed changes and its PC
-- rebuilds. The row is also the lock that keeps pruning and a PC's cursor update apart.
CREATE TABLE search_outbox_horizon (
    id             INTEGER NOT NULL PRIMARY KEY,
    pruned_through BIGINT  NOT NULL
);
INSERT INTO search_outbox_horizon (id, pruned_through) VALUES (1, 0);

-- One row per PC (per data directory): how far its index has read the outbox, and when it last did.
CREATE TABLE search_reader (
    pc_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    pc_name  VARCHAR(200) NOT NULL,
    last_seq BIGINT       NOT NULL,
    seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
