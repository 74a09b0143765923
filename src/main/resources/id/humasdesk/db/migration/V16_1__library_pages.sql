-- The library table reads the page it shows, at any position, instead of every row (decision note
-- 0404). Each order the table offers has an index that starts with the trash flag and the sort
-- column, so an OFFSET walks index entries and reads only the rows of the page. Status, type and
-- author ride along at the end of each index: a filter on them is checked in the index, without
-- reading the wide rows (body text and JSON) the entries point to.
DROP INDEX press_release_recent_idx;
CREATE INDEX press_release_changed_idx ON press_release (trashed, updated_at, id, status, type, author_id);
CREATE INDEX press_release_number_idx ON press_release (trashed, release_no, id, status, type, author_id);
CREATE INDEX press_release_headline_idx ON press_release (trashed, headline, id, status, type, author_id);
CREATE INDEX press_release_grouped_idx ON press_release (trashed, status, updated_at, id, type, author_id);
