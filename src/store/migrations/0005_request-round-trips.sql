-- Three steps every request takes, each in one round trip: resuming the sign-in session, entering the
-- clinic's scope, appending the audit event. Each round trip costs a socket write and read on both sides,
-- and a chart read used to take eighteen of them.
--
-- Resuming a sign-in session in one round trip instead of five (BEGIN, the scope, the lookup, the touch,
-- COMMIT): every request does it, before any clinic work. The function sees exactly what a transaction
-- in titrate.scope = 'auth' sees, and puts the caller's settings back before it returns, so calling it
-- inside a clinic's transaction widens nothing there (an error aborts that transaction as a whole). It
-- runs as the caller (not SECURITY DEFINER), so row-level security applies as before. (A SET clause on
-- the function would say this more simply, but PostgreSQL lets only a superuser attach one for a custom
-- setting.)
CREATE FUNCTION titrate_resume_session(
  p_id text,
  p_now timestamptz,
  p_expires_at timestamptz,
  p_unless_expiring_before timestamptz
) RETURNS TABLE (session json, account json)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
  caller_scope constant text := coalesce(current_setting('titrate.scope', true), '');
  caller_clinic constant text := coalesce(current_setting('titrate.clinic_id', true), '');
  s auth_sessions;
  u users;
  found_both boolean := false;
BEGIN
  PERFORM set_config('titrate.scope', 'auth', true), set_config('titrate.clinic_id', '', true);
  SELECT * INTO s FROM auth_sessions
    WHERE auth_sessions.id = p_id AND auth_sessions.revoked_at IS NULL AND auth_sessions.expires_at > p_now;
  IF FOUND THEN
    -- A deactivated account's sessions end with it.
    SELECT * INTO u FROM users WHERE users.id = s.user_id AND users.active;
    found_both := FOUND;
  END IF;
  -- A session that already runs far enough is returned as it is: no write, so no commit to flush.
  IF found_both AND (p_unless_expiring_before IS NULL OR s.expires_at < p_unless_expiring_before) THEN
    UPDATE auth_sessions SET last_seen_at = p_now, expires_at = p_expires_at
      WHERE auth_sessions.id = p_id AND auth_sessions.revoked_at IS NULL AND auth_sessions.expires_at > p_now
      RETURNING * INTO s;
    found_both := FOUND;
  END IF;
  PERFORM set_config('titrate.scope', caller_scope, true), set_config('titrate.clinic_id', caller_clinic, true);
  IF found_both THEN
    RETURN QUERY SELECT to_json(s), to_json(u);
  END IF;
END
$$;
--> statement-breakpoint
-- Entering a clinic's scope for the rest of the transaction and reading its row, in one round trip: the
-- settings are transaction-local (set_config's true), exactly as withTenancy sets them.
CREATE FUNCTION titrate_enter_clinic(p_clinic uuid) RETURNS json
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  PERFORM set_config('titrate.clinic_id', p_clinic::text, true), set_config('titrate.scope', '', true);
  RETURN (SELECT to_json(c) FROM clinics c WHERE c.id = p_clinic);
END
$$;
--> statement-breakpoint
-- Appending one audit event to its chain (see src/store/audit-log.ts): the chain's lock, held to commit,
-- then the head read and the event inserted with its link hashed as chainHash does: sha256 of the
-- previous hash then the canonical event. PL/pgSQL takes a new snapshot for each statement, so the head
-- is read after the lock is held.
CREATE FUNCTION titrate_append_audit(
  p_lock_class integer,
  p_at timestamptz,
  p_clinic uuid,
  p_user uuid,
  p_role text,
  p_action text,
  p_resource text,
  p_resource_id text,
  p_outcome text,
  p_address text,
  p_canonical text
) RETURNS void
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(p_lock_class, hashtext(coalesce(p_clinic::text, '')));
  IF p_clinic IS NULL THEN
    SELECT hash INTO prev FROM audit_events WHERE clinic_id IS NULL ORDER BY seq DESC LIMIT 1;
  ELSE
    SELECT hash INTO prev FROM audit_events WHERE clinic_id = p_clinic ORDER BY seq DESC LIMIT 1;
  END IF;
  prev := coalesce(prev, repeat('0', 64));
  INSERT INTO audit_events
    (at, clinic_id, user_id, role, action, resource, resource_id, outcome, address, prev_hash, hash)
  VALUES (
    p_at, p_clinic, p_user, p_role, p_action, p_resource, p_resource_id, p_outcome, p_address, prev,
    encode(sha256(convert_to(prev || p_canonical, 'UTF8')), 'hex')
  );
END
$$;
