-- H2 only: the audit log refuses UPDATE and DELETE at the database level.
-- (The PostgreSQL variant is a plpgsql trigger function in db/vendor/postgresql.)
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    CALL "id.humasdesk.store.AppendOnlyTrigger";
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    CALL "id.humasdesk.store.AppendOnlyTrigger";
