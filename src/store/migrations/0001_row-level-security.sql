-- Row-level security: every clinic-owned table is visible only to the clinic named by the transaction's
-- titrate.clinic_id setting. FORCE applies the policies to the tables' owner too, which is the role the
-- application connects as. An unset or empty setting matches nothing (NULL never equals a clinic id).
-- titrate.scope = 'auth' widens only what sign-in needs before a clinic is known (clinics and users read,
-- users updated, auth_sessions read, created and updated); titrate.scope = 'audit' widens only audit_events (see
-- docs/decisions/0002-storage-and-tenancy.md). No table has a DELETE policy: nothing is deleted.
DO $$
DECLARE
  t text;
  own constant text := 'clinic_id = nullif(current_setting(''titrate.clinic_id'', true), '''')::uuid';
BEGIN
  FOREACH t IN ARRAY ARRAY['patients', 'diagnoses', 'prior_treatments', 'medications', 'courses',
    'treatment_sessions', 'measurements', 'clinical_events', 'documents']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY clinic_select ON %I FOR SELECT USING (%s)', t, own);
    EXECUTE format('CREATE POLICY clinic_insert ON %I FOR INSERT WITH CHECK (%s)', t, own);
    EXECUTE format('CREATE POLICY clinic_update ON %I FOR UPDATE USING (%s) WITH CHECK (%s)', t, own, own);
    EXECUTE format('REVOKE DELETE, TRUNCATE ON %I FROM PUBLIC, CURRENT_USER', t);
  END LOOP;
  -- Amendments and decisions are written once and never changed.
  FOREACH t IN ARRAY ARRAY['amendments', 'decisions']
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
ALTER TABLE clinics ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE clinics FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY clinic_select ON clinics FOR SELECT USING (
  id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
  OR current_setting('titrate.scope', true) = 'auth'
);
--> statement-breakpoint
CREATE POLICY clinic_insert ON clinics FOR INSERT WITH CHECK (
  id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
);
--> statement-breakpoint
CREATE POLICY clinic_update ON clinics FOR UPDATE
  USING (id = nullif(current_setting('titrate.clinic_id', true), '')::uuid)
  WITH CHECK (id = nullif(current_setting('titrate.clinic_id', true), '')::uuid);
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON clinics FROM PUBLIC, CURRENT_USER;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY clinic_select ON users FOR SELECT USING (
  clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
  OR current_setting('titrate.scope', true) = 'auth'
);
--> statement-breakpoint
CREATE POLICY clinic_insert ON users FOR INSERT WITH CHECK (
  clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
);
--> statement-breakpoint
CREATE POLICY clinic_update ON users FOR UPDATE
  USING (
    clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
    OR current_setting('titrate.scope', true) = 'auth'
  )
  WITH CHECK (
    clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
    OR current_setting('titrate.scope', true) = 'auth'
  );
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON users FROM PUBLIC, CURRENT_USER;
--> statement-breakpoint
ALTER TABLE auth_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE auth_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY clinic_select ON auth_sessions FOR SELECT USING (
  clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
  OR current_setting('titrate.scope', true) = 'auth'
);
--> statement-breakpoint
CREATE POLICY clinic_insert ON auth_sessions FOR INSERT WITH CHECK (
  clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
  OR current_setting('titrate.scope', true) = 'auth'
);
--> statement-breakpoint
CREATE POLICY clinic_update ON auth_sessions FOR UPDATE
  USING (
    clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
    OR current_setting('titrate.scope', true) = 'auth'
  )
  WITH CHECK (
    clinic_id = nullif(current_setting('titrate.clinic_id', true), '')::uuid
    OR current_setting('titrate.scope', true) = 'auth'
  );
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON auth_sessions FROM PUBLIC, CURRENT_USER;
--> statement-breakpoint
-- The auth scope may update accounts and sessions across clinics, but never move one to another clinic.
CREATE FUNCTION titrate_clinic_id_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.clinic_id IS DISTINCT FROM OLD.clinic_id THEN
    RAISE EXCEPTION 'a row''s clinic cannot change' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER clinic_id_is_fixed BEFORE UPDATE OF clinic_id ON users
  FOR EACH ROW EXECUTE FUNCTION titrate_clinic_id_is_fixed();
--> statement-breakpoint
CREATE TRIGGER clinic_id_is_fixed BEFORE UPDATE OF clinic_id ON auth_sessions
  FOR EACH ROW EXECUTE FUNCTION titrate_clinic_id_is_fixed();
