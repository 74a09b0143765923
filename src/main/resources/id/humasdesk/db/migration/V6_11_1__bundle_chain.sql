-- Issue 11: the chain position of this office's exports (decision 0612). One row; every export's
-- commit locks it (SELECT ... FOR UPDATE), checks that it still names the bundle the new manifest
-- calls "previous", and moves it on. Two PCs exporting at once cannot both claim one position.
CREATE TABLE bundle_chain (
    id             INTEGER NOT NULL PRIMARY KEY,
    head_bundle_id UUID,
    CONSTRAINT bundle_chain_one_row CHECK (id = 1)
);
INSERT INTO bundle_chain (id, head_bundle_id) VALUES (1,
    (SELECT bundle_id FROM bundle_export ORDER BY created_at DESC, bundle_id DESC FETCH FIRST 1 ROWS ONLY));
