-- Row-level security and integrity rules for the tables 0003 adds, written by hand as in 0001 and 0002.
-- Self-report links, alerts and notification settings; the intake tables; signed documents.
-- Row-level security for self-report links, their alerts and clinic notification settings, as in 0001:
-- each row is visible only to its clinic. titrate.scope = 'auth' also lets a link be found by its token
-- hash before its clinic is known (a link token is a credential, like the e-mail sign-in looks up);
-- nothing else is widened. No table has a DELETE policy: nothing is deleted.
DO $$
DECLARE
  t text;
  own constant text := 'clinic_id = nullif(current_setting(''titrate.clinic_id'', true), '''')::uuid';
BEGIN
  FOREACH t IN ARRAY ARRAY['self_report_links', 'self_report_alerts', 'clinic_notification_settings']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY clinic_insert ON %I FOR INSERT WITH CHECK (%s)', t, own);
    EXECUTE format('CREATE POLICY clinic_update ON %I FOR UPDATE USING (%s) WITH CHECK (%s)', t, own, own);
    EXECUTE format('REVOKE DELETE, TRUNCATE ON %I FROM PUBLIC, CURRENT_USER', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['self_report_alerts', 'clinic_notification_settings']
  LOOP
    EXECUTE format('CREATE POLICY clinic_select ON %I FOR SELECT USING (%s)', t, own);
  END LOOP;
  EXECUTE format(
    'CREATE POLICY clinic_select ON self_report_links FOR SELECT USING (%s OR current_setting(''titrate.scope'', true) = ''auth'')',
    own
  );
END
$$;
--> statement-breakpoint
-- Row-level security for the intake tables, as in 0001: each row is visible only to its clinic. Intake
-- versions, coverage entries, price lists and pathway decisions are appended, never changed or deleted: a
-- re-evaluation, a new benefits check or a new price list is a new row, so the history stays readable.
DO $$
DECLARE
  t text;
  own constant text := 'clinic_id = nullif(current_setting(''titrate.clinic_id'', true), '''')::uuid';
BEGIN
  FOREACH t IN ARRAY ARRAY['intake_versions', 'patient_coverage', 'clinic_price_lists', 'pathway_decisions']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY clinic_select ON %I FOR SELECT USING (%s)', t, own);
    EXECUTE format('CREATE POLICY clinic_insert ON %I FOR INSERT WITH CHECK (%s)', t, own);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM PUBLIC, CURRENT_USER', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Signed documents are immutable: a trigger refuses any UPDATE or DELETE of a row once it is signed, whoever
-- asks, so a later version supersedes it and the signed one stays readable. Versions are unique per kind.
CREATE UNIQUE INDEX documents_version_key ON documents (clinic_id, patient_id, kind, version);
--> statement-breakpoint
ALTER TABLE documents ADD CONSTRAINT documents_signed_check
  CHECK (NOT signed OR (signed_by IS NOT NULL AND signed_at IS NOT NULL));
--> statement-breakpoint
CREATE FUNCTION titrate_signed_document_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed THEN
    RAISE EXCEPTION 'documents: a signed document cannot be changed (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER signed_document_is_final BEFORE UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION titrate_signed_document_is_final();
