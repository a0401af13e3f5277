// Self-report links and alerts in the database: found by token hash only, submitted once, and invisible to another clinic.

import { describe, expect, it } from "vitest";
import { historySchema } from "../clinical/index.ts";
import type { NewPatient, Store } from "./store.ts";
import { type TestClinic, type TestDatabase, withClient } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let db: TestDatabase;
let store: Store;
let a: TestClinic;
let b: TestClinic;
setUpTestStore(["Report Clinic A", "Report Clinic B"], (started) => {
  db = started.db;
  store = started.store;
  [a, b] = started.clinics;
});

const patient: NewPatient = {
  mrn: null,
  givenName: "Test",
  familyName: "Report",
  birthDate: "1980-01-01",
  sex: "male",
  weightKg: 80,
  heightCm: null,
  history: historySchema.parse({}),
};
const at = new Date("2026-05-01T12:00:00Z");

async function linkIn(clinic: TestClinic, tokenHash: string) {
  return store.inClinic(clinic.actor, async (scope) => {
    const p = await scope.createPatient(patient);
    return scope.createSelfReportLink({
      patientId: p.id,
      courseId: null,
      modality: "esketamine",
      forms: ["PHQ9"],
      language: "en",
      tokenHash,
      expiresAt: new Date(at.getTime() + 3_600_000),
    });
  });
}

const submission = {
  measurements: [
    { date: "2026-05-01", instrument: "PHQ9" as const, items: [1, 1, 1, 1, 1, 1, 1, 1, 2], total: 10 },
  ],
  findings: [{ code: "self-report-phq9-item-9" }],
  crisis: true,
  dosingHold: false,
  address: "127.0.0.1",
};

describe("the self-report store", () => {
  it("finds a link by its hash with its clinic and modality, and nothing for another hash", async () => {
    const link = await linkIn(a, "hash-a-1");
    const found = await store.selfReport.findLink("hash-a-1");
    expect(found).toMatchObject({ clinicId: a.clinic.id, modality: "esketamine", link: { id: link.id } });
    expect(await store.selfReport.findLink("hash-unknown")).toBeNull();
  });

  it("submits once: the second call returns the first receipt and adds nothing", async () => {
    const link = await linkIn(a, "hash-a-2");
    expect(await store.selfReport.saveAnswer(a.clinic.id, link.id, "PHQ9.1", 1)).toBe(true);
    const first = await store.selfReport.submit(a.clinic.id, link.id, submission, at);
    const second = await store.selfReport.submit(a.clinic.id, link.id, { ...submission, crisis: false }, at);
    expect(second).toEqual(first);
    expect(first.alertId).not.toBeNull();
    expect(await store.selfReport.saveAnswer(a.clinic.id, link.id, "PHQ9.1", 2)).toBe(false);
    const measurements = await store.selfReport.measurementsOf(a.clinic.id, link.patientId);
    expect(measurements).toHaveLength(1);
    const alerts = await store.inClinic(a.actor, (scope) => scope.listAlerts({ patientId: link.patientId }));
    expect(alerts).toHaveLength(1);
  });

  it("keeps links, alerts and settings from another clinic", async () => {
    const link = await linkIn(a, "hash-a-3");
    await store.selfReport.submit(a.clinic.id, link.id, submission, at);
    await store.inClinic(a.actor, (scope) =>
      scope.setNotificationSettings({
        recipients: ["a@clinic.test"],
        onCall: null,
        escalationMinutes: 10,
        linkExpiryHours: 24,
        showClassification: true,
      }),
    );
    const seen = await store.inClinic(b.actor, async (scope) => ({
      links: await scope.listSelfReportLinks(link.patientId),
      alerts: await scope.listAlerts({}),
      settings: await scope.getNotificationSettings(),
      worklist: await scope.loadWorklist(),
    }));
    expect(seen.links).toEqual([]);
    expect(seen.alerts).toEqual([]);
    expect(seen.settings.recipients).toEqual([]);
    expect(seen.worklist.openAlerts).toEqual([]);
    // Clinic B cannot acknowledge clinic A's alert, nor write into A's link.
    const [alert] = await store.inClinic(a.actor, (scope) => scope.listAlerts({ open: true }));
    expect(
      await store.inClinic(b.actor, (scope) => scope.acknowledgeAlert(alert?.id ?? "", "not mine")),
    ).toBeNull();
    expect(await store.selfReport.saveAnswer(b.clinic.id, link.id, "PHQ9.1", 0)).toBe(false);
  });

  it("lists pending alerts for notice and marks them, across clinics", async () => {
    const pending = await store.selfReport.pendingAlerts(at);
    expect(pending.length).toBeGreaterThan(0);
    for (const p of pending) await store.selfReport.markNotified(p.clinicId, p.alert.id, at);
    // Not yet past any clinic's escalation time: nothing left to send.
    expect(await store.selfReport.pendingAlerts(at)).toEqual([]);
    const later = new Date(at.getTime() + 10 * 60_000);
    expect((await store.selfReport.pendingAlerts(later)).map((p) => p.clinicId)).toContain(a.clinic.id);
  });

  it("has row-level security on every self-report table and no delete", async () => {
    const rows = await withClient(
      db.superuserUrl,
      async (client) =>
        (
          await client.query(
            "select relname, relrowsecurity, relforcerowsecurity from pg_class where relname in ('self_report_links','self_report_alerts','clinic_notification_settings') order by relname",
          )
        ).rows,
    );
    expect(rows).toEqual([
      { relname: "clinic_notification_settings", relrowsecurity: true, relforcerowsecurity: true },
      { relname: "self_report_alerts", relrowsecurity: true, relforcerowsecurity: true },
      { relname: "self_report_links", relrowsecurity: true, relforcerowsecurity: true },
    ]);
  });
});
