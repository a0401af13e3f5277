import { describe, expect, it } from "vitest";
import type { ClinicScope, NewPatient, Store } from "./store.ts";
import { type TestClinic, type TestDatabase, withClient } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let db: TestDatabase;
let store: Store;
let a: TestClinic;
let b: TestClinic;
/** Clinic B's patient and one of each of its rows, which clinic A must not be able to tell from nothing. */
let bPatient: string;
let bSession: string;

const patient: NewPatient = {
  mrn: "B-1",
  givenName: "Bea",
  familyName: "Other",
  birthDate: "1980-01-01",
  sex: "female",
  weightKg: 70,
  heightCm: 170,
  history: {},
};
const session = { date: "2026-01-05", modality: "iv-ketamine" as const, completed: true, sideEffects: [] };

setUpTestStore(["Clinic A", "Clinic B"], async (started) => {
  db = started.db;
  store = started.store;
  [a, b] = started.clinics;
  await store.inClinic(a.actor, (scope) => scope.createPatient({ ...patient, mrn: "A-1", givenName: "Abe" }));
  ({ bPatient, bSession } = await store.inClinic(b.actor, async (scope) => {
    const p = await scope.createPatient(patient);
    const s = await scope.add(p.id, "sessions", session);
    await scope.add(p.id, "measurements", { date: "2026-01-05", instrument: "MADRS", total: 30 });
    await scope.recordDecision({
      patientId: p.id,
      code: "x",
      decision: "accept",
      reason: null,
      asOf: "2026-01-05",
      knowledgeVersion: "1",
    });
    await scope.audit({ action: "create", resource: "patient", resourceId: p.id, outcome: "success" });
    return { bPatient: p.id, bSession: s.id };
  }));
});

/** Everything clinic A's scope can find out about one patient id and one row id. */
async function probe(scope: ClinicScope, patientId: string, rowId: string) {
  return {
    get: await scope.getPatient(patientId),
    load: await scope.loadRecord(patientId),
    sessions: await scope.list(patientId, "sessions"),
    measurements: await scope.list(patientId, "measurements"),
    decisions: await scope.listDecisions(patientId),
    amend: await scope.amend(patientId, "sessions", rowId, session, "probe"),
    update: await scope.updatePatient(patientId, { weightKg: 80 }, "probe"),
    status: await scope.setPatientStatus(patientId, "inactive", "probe"),
    search: await scope.listPatients({ query: "Other", limit: 10, offset: 0 }),
    audit: await scope.listAudit({ afterSeq: 0, limit: 100 }),
  };
}

describe("row-level security between clinics", () => {
  it("shows clinic A nothing of clinic B's patient, exactly as for an id that does not exist", async () => {
    const unknown = "11111111-1111-4111-8111-111111111111";
    const asB = await store.inClinic(a.actor, (scope) => probe(scope, bPatient, bSession));
    const asUnknown = await store.inClinic(a.actor, (scope) => probe(scope, unknown, unknown));
    expect(asB).toEqual(asUnknown);
    expect(asB.get).toBeNull();
    expect(asB.load).toBeNull();
    expect(asB.amend).toBeNull();
  });

  it("counts and lists only the clinic's own patients", async () => {
    const listed = await store.inClinic(a.actor, (scope) => scope.listPatients({ limit: 100, offset: 0 }));
    expect(listed.total).toBe(1);
    expect(listed.patients.map((p) => p.mrn)).toEqual(["A-1"]);
  });

  it("refuses to chart against another clinic's patient as it would an unknown one", async () => {
    for (const id of [bPatient, "22222222-2222-4222-8222-222222222222"]) {
      await expect(
        store.inClinic(a.actor, (scope) => scope.add(id, "sessions", session)),
      ).rejects.toMatchObject({
        code: "not-found",
      });
      await expect(
        store.inClinic(a.actor, (scope) =>
          scope.recordDecision({
            patientId: id,
            code: "x",
            decision: "accept",
            reason: null,
            asOf: "2026-01-05",
            knowledgeVersion: "1",
          }),
        ),
      ).rejects.toMatchObject({ code: "not-found" });
    }
  });

  it("left clinic B's rows untouched by clinic A's attempts", async () => {
    const seen = await store.inClinic(b.actor, async (scope) => ({
      patient: await scope.getPatient(bPatient),
      sessions: await scope.list(bPatient, "sessions"),
    }));
    expect(seen.patient).toMatchObject({ weightKg: 70, status: "active" });
    expect(seen.sessions.map((s) => s.amendments)).toEqual([[]]);
  });

  it("shows raw SQL as the application role no clinic rows until a clinic is set, then only that clinic's", async () => {
    const tables = [
      "clinics",
      "users",
      "auth_sessions",
      "audit_events",
      "patients",
      "treatment_sessions",
      "measurements",
      "decisions",
      "amendments",
    ];
    await withClient(db.appUrl, async (c) => {
      for (const table of tables) {
        const { rows } = await c.query<{ n: number }>(`select count(*)::int as n from ${table}`);
        expect(rows[0]?.n, table).toBe(0);
      }
      await c.query("begin");
      await c.query("select set_config('titrate.clinic_id', $1, true)", [a.clinic.id]);
      const { rows } = await c.query<{ clinic_id: string }>("select clinic_id from patients");
      expect(rows.map((r) => r.clinic_id)).toEqual([a.clinic.id]);
      await c.query("commit");
      // After the transaction the setting is back to empty, which matches nothing.
      const after = await c.query<{ n: number }>("select count(*)::int as n from patients");
      expect(after.rows[0]?.n).toBe(0);
    });
  });

  it("refuses raw SQL that deletes clinical rows or moves them to another clinic", async () => {
    await withClient(db.appUrl, async (c) => {
      await c.query("begin");
      await c.query("select set_config('titrate.clinic_id', $1, true)", [b.clinic.id]);
      await expect(c.query("delete from patients")).rejects.toThrow(/permission denied/);
      await c.query("rollback");
      await c.query("begin");
      await c.query("select set_config('titrate.clinic_id', $1, true)", [b.clinic.id]);
      await expect(c.query("update patients set clinic_id = $1", [a.clinic.id])).rejects.toThrow(
        /row-level security/,
      );
      await c.query("rollback");
    });
  });

  it("does not open patients to the sign-in scope", async () => {
    await withClient(db.appUrl, async (c) => {
      await c.query("begin");
      await c.query("select set_config('titrate.scope', 'auth', true)");
      const patients = await c.query<{ n: number }>("select count(*)::int as n from patients");
      const users = await c.query<{ n: number }>("select count(*)::int as n from users");
      await c.query("rollback");
      expect(patients.rows[0]?.n).toBe(0);
      expect(users.rows[0]?.n).toBe(2);
    });
  });
});

describe("sign-in across clinics", () => {
  it("finds credentials by e-mail in any case, whichever clinic the account is in", async () => {
    const found = await store.auth.findCredentials(b.user.email.toUpperCase());
    expect(found).toMatchObject({
      id: b.user.id,
      clinicId: b.clinic.id,
      failedAttempts: 0,
      lockedUntil: null,
    });
    expect(found?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await store.auth.findCredentials("nobody@example.org")).toBeNull();
  });

  it("counts failures, locks, and clears them on success", async () => {
    const until = new Date("2030-01-01T00:00:00Z");
    await store.auth.recordLoginFailure(a.user.id, null);
    await store.auth.recordLoginFailure(a.user.id, until);
    expect(await store.auth.findCredentials(a.user.email)).toMatchObject({
      failedAttempts: 2,
      lockedUntil: until,
    });
    await store.auth.recordLoginSuccess(a.user.id);
    expect(await store.auth.findCredentials(a.user.email)).toMatchObject({
      failedAttempts: 0,
      lockedUntil: null,
    });
    await store.auth.setTotp(a.user.id, "SECRET", true);
    expect(await store.auth.findCredentials(a.user.email)).toMatchObject({
      totpSecret: "SECRET",
      totpEnrolled: true,
    });
  });

  it("keeps sessions that are valid, extends them when touched, and ends revoked or expired ones", async () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const later = new Date("2026-03-01T13:00:00Z");
    await store.auth.createSession({ id: "hash-1", userId: b.user.id, expiresAt: later });
    const touched = await store.auth.touchSession("hash-1", now, new Date("2026-03-01T14:00:00Z"));
    expect(touched).toMatchObject({
      id: "hash-1",
      user: { id: b.user.id, clinicId: b.clinic.id },
      lastSeenAt: now,
    });
    expect(touched?.expiresAt).toEqual(new Date("2026-03-01T14:00:00Z"));
    expect(await store.auth.touchSession("hash-1", new Date("2026-03-01T15:00:00Z"), later)).toBeNull();
    await store.auth.createSession({ id: "hash-2", userId: b.user.id, expiresAt: later });
    await store.auth.revokeSession("hash-2");
    expect(await store.auth.touchSession("hash-2", now, later)).toBeNull();
    await store.auth.createSession({ id: "hash-3", userId: b.user.id, expiresAt: later });
    await store.auth.createSession({ id: "hash-4", userId: b.user.id, expiresAt: later });
    await store.auth.revokeUserSessions(b.user.id);
    expect(await store.auth.touchSession("hash-3", now, later)).toBeNull();
    expect(await store.auth.touchSession("hash-4", now, later)).toBeNull();
    expect(await store.auth.touchSession("never-issued", now, later)).toBeNull();
  });

  it("does not write a session that already runs past the given instant, and extends one that does not", async () => {
    const start = new Date("2026-03-01T12:00:00Z");
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    await store.auth.createSession({ id: "hash-6", userId: b.user.id, expiresAt: at(1800) });
    // Thirty seconds on: the stored expiry (1800) is past 1830 - 60, so nothing is written.
    const unchanged = await store.auth.touchSession("hash-6", at(30), at(1830), at(1770));
    expect(unchanged?.expiresAt).toEqual(at(1800));
    // Ninety seconds on: 1800 is before 1890 - 60, so the session is extended.
    const extended = await store.auth.touchSession("hash-6", at(90), at(1890), at(1830));
    expect(extended).toMatchObject({ lastSeenAt: at(90), expiresAt: at(1890) });
  });

  it("keeps a clinic's sessions out of another clinic's scope", async () => {
    await store.auth.createSession({ id: "hash-5", userId: b.user.id, expiresAt: new Date("2099-01-01") });
    await withClient(db.appUrl, async (c) => {
      await c.query("begin");
      await c.query("select set_config('titrate.clinic_id', $1, true)", [a.clinic.id]);
      const { rows } = await c.query("select id from auth_sessions where id = 'hash-5'");
      await c.query("rollback");
      expect(rows).toEqual([]);
    });
  });
});

describe("administration", () => {
  it("finds clinics by name and refuses duplicate clinics and e-mail addresses", async () => {
    expect(await store.admin.findClinicByName("Clinic B")).toMatchObject({
      id: b.clinic.id,
      requireMfa: false,
    });
    expect(await store.admin.findClinicByName("No Such Clinic")).toBeNull();
    await expect(store.admin.createClinic("Clinic B")).rejects.toMatchObject({ code: "conflict" });
    await expect(
      store.admin.createUser({
        clinicId: a.clinic.id,
        email: b.user.email,
        role: "nurse",
        passwordHash: "h",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      store.admin.createUser({
        clinicId: "33333333-3333-4333-8333-333333333333",
        email: "x@example.org",
        role: "nurse",
        passwordHash: "h",
      }),
    ).rejects.toMatchObject({ code: "not-found" });
  });

  it("turns the clinic's MFA requirement on", async () => {
    await store.admin.setClinicRequireMfa(a.clinic.id, true);
    expect(await store.inClinic(a.actor, async (scope) => scope.clinic.requireMfa)).toBe(true);
    expect(await store.inClinic(b.actor, async (scope) => scope.clinic.requireMfa)).toBe(false);
  });
});
