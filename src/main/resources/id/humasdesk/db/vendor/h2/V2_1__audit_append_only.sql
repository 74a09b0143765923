-- H2 only: the audit log refuses UPDATE and DELETE at the database level.
-- (A PostgreSQL variant belongs in db/vendor/postgresql as a trigger function.)
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    CALL "id.humasdesk.store.AppendOnlyTrigger";
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    CALL "id.humasdesk.store.AppendOnlyTrigger";
