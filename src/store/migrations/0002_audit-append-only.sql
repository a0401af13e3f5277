-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE privilege (revoked from the owner too),
-- no policy that would let one match a row, and a trigger that rejects them should a privilege return.
-- Rows are readable by their own clinic; titrate.scope = 'audit' reads every chain (verification) and
-- appends to the chain of events that belong to no clinic.
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_select ON audit_events FOR SELECT USING (
  clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
  OR current_setting('titrate.scope', true) = 'audit'
);
--> statement-breakpoint
CREATE POLICY audit_insert ON audit_events FOR INSERT WITH CHECK (
  clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
  OR (clinic_id IS NULL AND current_setting('titrate.scope', true) = 'audit')
);
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC, CURRENT_USER;
--> statement-breakpoint
CREATE FUNCTION titrate_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_is_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION titrate_audit_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_is_not_truncated BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION titrate_audit_is_append_only();
