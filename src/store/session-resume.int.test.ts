// The one-statement session resume (migration 0005): it sees what sign-in's scope sees, and leaves a caller's clinic scope as it was.

import { describe, expect, it } from "vitest";
import { type TestClinic, type TestDatabase, withClient } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let db: TestDatabase;
let a: TestClinic;
let b: TestClinic;
const far = new Date("2099-01-01T00:00:00Z");
setUpTestStore(["Resume Clinic A", "Resume Clinic B"], async (started) => {
  db = started.db;
  [a, b] = started.clinics;
  await started.store.auth.createSession({ id: "resume-b", userId: b.user.id, expiresAt: far });
});

describe("titrate_resume_session", () => {
  it("finds a session by its id with no scope set, as sign-in must before a clinic is known", async () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const resumed = await db.store.auth.touchSession("resume-b", now, far, far);
    expect(resumed).toMatchObject({ id: "resume-b", user: { id: b.user.id, clinicId: b.clinic.id } });
  });

  it("called inside clinic A's transaction, widens nothing there afterwards", async () => {
    await withClient(db.appUrl, async (c) => {
      await c.query("begin");
      await c.query("select set_config('titrate.clinic_id', $1, true)", [a.clinic.id]);
      const { rows } = await c.query<{ session: { user_id: string } }>(
        "select session from titrate_resume_session('resume-b', now(), $1, $1)",
        [far],
      );
      expect(rows[0]?.session.user_id).toBe(b.user.id);
      const settings = await c.query<{ scope: string; clinic: string }>(
        "select current_setting('titrate.scope', true) as scope, current_setting('titrate.clinic_id', true) as clinic",
      );
      expect(settings.rows[0]).toEqual({ scope: "", clinic: a.clinic.id });
      const sessions = await c.query<{ user_id: string }>("select user_id from auth_sessions");
      expect(sessions.rows.map((r) => r.user_id)).not.toContain(b.user.id);
      const users = await c.query<{ clinic_id: string }>("select distinct clinic_id from users");
      expect(users.rows.map((r) => r.clinic_id)).toEqual([a.clinic.id]);
      await c.query("rollback");
    });
  });
});
