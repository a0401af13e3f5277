import { describe, expect, it } from "vitest";
import type { Store } from "./store.ts";
import { type TestClinic, type TestDatabase, withClient } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let db: TestDatabase;
let store: Store;
let a: TestClinic;
let b: TestClinic;
setUpTestStore(["Audit A", "Audit B"], (started) => {
  db = started.db;
  store = started.store;
  [a, b] = started.clinics;
});

const read = { action: "read", resource: "patient", resourceId: null, outcome: "success" } as const;

describe("the audit log", () => {
  it("appends a request's events, as its actor, when the request commits", async () => {
    await store.inClinic(a.actor, async (scope) => {
      await scope.audit({ ...read, resourceId: "p-1" });
      await scope.audit({ ...read, action: "update", resourceId: "p-1" });
    });
    const events = await store.inClinic(a.actor, (scope) => scope.listAudit({ afterSeq: 0, limit: 10 }));
    expect(events).toMatchObject([
      { action: "read", clinicId: a.clinic.id, userId: a.user.id, role: "prescriber", address: "127.0.0.1" },
      { action: "update", resourceId: "p-1", outcome: "success" },
    ]);
    const [first, second] = events;
    expect(first?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second?.seq).toBeGreaterThan(first?.seq ?? Number.POSITIVE_INFINITY);
    const page = await store.inClinic(a.actor, (scope) =>
      scope.listAudit({ afterSeq: first?.seq ?? 0, limit: 10 }),
    );
    expect(page.map((e) => e.action)).toEqual(["update"]);
  });

  it("appends standalone events to their clinic's chain or to the chain of no clinic", async () => {
    await store.auditStandalone({
      ...read,
      action: "sign-in",
      resource: "session",
      outcome: "denied",
      clinicId: null,
      userId: null,
      role: null,
      address: "10.0.0.9",
    });
    await store.auditStandalone({
      ...read,
      action: "sign-in",
      resource: "session",
      clinicId: b.clinic.id,
      userId: b.user.id,
      role: "prescriber",
      address: "10.0.0.8",
    });
    const seenByB = await store.inClinic(b.actor, (scope) => scope.listAudit({ afterSeq: 0, limit: 10 }));
    expect(seenByB).toMatchObject([{ action: "sign-in", clinicId: b.clinic.id, address: "10.0.0.8" }]);
    const seenByA = await store.inClinic(a.actor, (scope) => scope.listAudit({ afterSeq: 0, limit: 10 }));
    expect(seenByA.every((e) => e.clinicId === a.clinic.id)).toBe(true);
  });

  it("keeps every chain intact under concurrent appends", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        store.inClinic(i % 2 === 0 ? a.actor : b.actor, (scope) =>
          scope.audit({ ...read, resourceId: `c-${i}` }),
        ),
      ),
    );
    const result = await store.verifyAudit();
    expect(result).toMatchObject({ ok: true, firstBreak: null });
    expect(result.checked).toBeGreaterThanOrEqual(16);
  });

  it("cannot be changed or deleted by the application role", async () => {
    await withClient(db.appUrl, async (c) => {
      await c.query("begin");
      await c.query("select set_config('titrate.clinic_id', $1, true)", [a.clinic.id]);
      await expect(c.query("update audit_events set action = 'nothing'")).rejects.toThrow(
        /permission denied/,
      );
      await c.query("rollback");
      await c.query("begin");
      await c.query("select set_config('titrate.clinic_id', $1, true)", [a.clinic.id]);
      await expect(c.query("delete from audit_events")).rejects.toThrow(/permission denied/);
      await c.query("rollback");
    });
  });

  it("rejects changes even from a superuser while the trigger is on", async () => {
    await withClient(db.superuserUrl, async (c) => {
      await expect(c.query("update audit_events set action = 'nothing'")).rejects.toThrow(/append-only/);
      await expect(c.query("delete from audit_events")).rejects.toThrow(/append-only/);
      await expect(c.query("truncate audit_events")).rejects.toThrow(/append-only/);
    });
  });

  it("reports the first altered row when someone with the server's keys edits the log", async () => {
    expect((await store.verifyAudit()).ok).toBe(true);
    const target = await withClient(db.superuserUrl, async (c) => {
      const { rows } = await c.query<{ seq: string }>(
        "select seq from audit_events where clinic_id = $1 order by seq limit 1 offset 1",
        [b.clinic.id],
      );
      const seq = rows[0]?.seq;
      await c.query("begin");
      await c.query("alter table audit_events disable trigger audit_is_append_only");
      await c.query("update audit_events set outcome = 'denied' where seq = $1", [seq]);
      await c.query("alter table audit_events enable trigger audit_is_append_only");
      await c.query("commit");
      return Number(seq);
    });
    const result = await store.verifyAudit();
    expect(result).toMatchObject({ ok: false, firstBreak: target });
  });

  it("reports a deleted row at the row that followed it", async () => {
    const deleted = await withClient(db.superuserUrl, async (c) => {
      const { rows } = await c.query<{ seq: string }>(
        "select seq from audit_events where clinic_id = $1 order by seq limit 2",
        [a.clinic.id],
      );
      await c.query("begin");
      await c.query("alter table audit_events disable trigger audit_is_append_only");
      await c.query("delete from audit_events where seq = $1", [rows[0]?.seq]);
      await c.query("alter table audit_events enable trigger audit_is_append_only");
      await c.query("commit");
      return Number(rows[1]?.seq);
    });
    expect((await store.verifyAudit()).firstBreak).toBe(deleted);
  });
});
