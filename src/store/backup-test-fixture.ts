// For the backup tests: two clinics charted with the demo cohort, corrections, decisions and audit, and a full read-back to compare.

import { parseRecord } from "../clinical/index.ts";
import { demoPatients } from "../demo/index.ts";
import type { ClinicalResource, Store } from "./store.ts";
import { chart } from "./test-charting.ts";
import { createTestClinic, type TestClinic } from "./test-database.ts";

export const seedToday = "2026-05-01";
const resources: readonly ClinicalResource[] = [
  "diagnoses",
  "priorTreatments",
  "medications",
  "sessions",
  "measurements",
  "events",
];

export interface SeededClinic extends TestClinic {
  readonly patientIds: string[];
}

/** Charts demo patients (`from` to `to`), corrects one session and one patient, records decisions, audits it all. */
async function seedClinic(store: Store, name: string, from: number, to: number): Promise<SeededClinic> {
  const clinic = await createTestClinic(store, name);
  const cohort = demoPatients(seedToday).slice(from, to);
  const patientIds = await store.inClinic(clinic.actor, async (scope) => {
    const ids: string[] = [];
    for (const p of cohort) {
      const parsed = parseRecord(p.record, { today: seedToday });
      if (!parsed.ok) throw new Error(`demo patient ${p.mrn} does not validate`);
      ids.push(
        await chart(scope, parsed.record, p.mrn, { givenName: p.givenName, familyName: p.familyName }),
      );
      await scope.audit({
        action: "patient.create",
        resource: "patient",
        resourceId: ids.at(-1) ?? null,
        outcome: "success",
      });
    }
    return ids;
  });
  const [first, second] = patientIds;
  if (first === undefined || second === undefined) throw new Error("the seed needs two patients a clinic");
  await store.inClinic(clinic.actor, async (scope) => {
    const [session] = await scope.list(first, "sessions");
    if (session !== undefined) {
      await scope.amend(
        first,
        "sessions",
        session.id,
        { ...session.data, completed: false },
        "Charted on the wrong day",
      );
    }
    await scope.updatePatient(second, { weightKg: 71.5 }, "Re-weighed at intake");
    await scope.setPatientStatus(second, "inactive", "Moved away");
    await scope.recordDecision({
      patientId: first,
      code: "continue-course",
      decision: "accept",
      reason: null,
      asOf: seedToday,
      knowledgeVersion: "2026.11.1",
    });
    await scope.recordDecision({
      patientId: second,
      code: "optimize-dose",
      decision: "override",
      reason: "Patient prefers to wait",
      asOf: seedToday,
      knowledgeVersion: "2026.11.1",
    });
    await scope.audit({ action: "record.amend", resource: "patient", resourceId: first, outcome: "success" });
  });
  await store.auditStandalone({
    ...clinic.actor,
    action: "auth.login",
    resource: "user",
    resourceId: clinic.user.id,
    outcome: "success",
  });
  return { ...clinic, patientIds };
}

/** Clinic A and clinic B, the demo cohort split between them, and sign-ins by unknown e-mails (the no-clinic chain). */
export async function seedTwoClinics(store: Store): Promise<SeededClinic[]> {
  const count = demoPatients(seedToday).length;
  const half = Math.ceil(count / 2);
  const a = await seedClinic(store, "Backup Clinic A", 0, half);
  const b = await seedClinic(store, "Backup Clinic B", half, count);
  for (const address of ["203.0.113.7", "203.0.113.8"]) {
    await store.auditStandalone({
      clinicId: null,
      userId: null,
      role: null,
      action: "auth.login",
      resource: "user",
      resourceId: null,
      outcome: "denied",
      address,
    });
  }
  return [a, b];
}

/** Everything the store's contract can read about the seeded clinics, for a before-and-after comparison. */
export async function readBack(store: Store, clinics: readonly SeededClinic[]): Promise<unknown> {
  const out: unknown[] = [];
  for (const c of clinics) {
    const read = await store.inClinic(c.actor, async (scope) => {
      const patients: unknown[] = [];
      for (const id of c.patientIds) {
        const rows: Record<string, unknown> = {};
        for (const r of resources) rows[r] = await scope.list(id, r);
        patients.push({
          summary: await scope.getPatient(id),
          record: await scope.loadRecord(id),
          rows,
          decisions: await scope.listDecisions(id),
        });
      }
      const listed = await scope.listPatients({ limit: 100, offset: 0 });
      return {
        clinic: scope.clinic,
        patients,
        listed,
        audit: await scope.listAudit({ afterSeq: 0, limit: 10_000 }),
      };
    });
    out.push({ ...read, credentials: await store.auth.findCredentials(c.user.email) });
  }
  return out;
}
