// Creates the demo clinic on first start: one login per role and the synthetic cohort, through the store's contract.

import { randomBytes } from "node:crypto";
import { type PatientRecord, parseRecord } from "../clinical/index.ts";
import {
  type Actor,
  type Clinic,
  type ClinicalResource,
  type ClinicalRow,
  type ClinicScope,
  type Role,
  roles,
  type Store,
  type User,
} from "../store/index.ts";
import { seedDemoIntake } from "./demo-intake.ts";
import { type DemoPatient, demoPatients } from "./demo-patients.ts";
import { seedDemoSelfReport } from "./demo-self-report.ts";

export const demoClinicName = "Demo Clinic";
export const demoEmailDomain = "demo.titrate.local";
/** The seed runs in-process on the server's machine; the audit log records it as a local action. */
const seedAddress = "127.0.0.1";

export interface DemoLogin {
  readonly role: Role;
  readonly email: string;
  readonly password: string;
}

export interface SeedDemoClinicOptions {
  /** The caller's date (YYYY-MM-DD); every demo date is placed before it. */
  readonly today: string;
  readonly hashPassword: (password: string) => Promise<string>;
}

export interface SeededDemoClinic {
  readonly clinic: Clinic;
  /** The new logins, to print once; empty when the demo clinic already existed. */
  readonly logins: DemoLogin[];
}

export function demoEmail(role: Role): string {
  return `${role}@${demoEmailDomain}`;
}

/** 16 URL-safe characters from 96 random bits. */
function newPassword(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * Seeds the demo clinic unless a clinic of that name exists, in which case it creates nothing.
 * Every record is validated before anything is written, and all patients go in one transaction.
 */
export async function seedDemoClinic(
  store: Store,
  options: SeedDemoClinicOptions,
): Promise<SeededDemoClinic> {
  const existing = await store.admin.findClinicByName(demoClinicName);
  if (existing) return { clinic: existing, logins: [] };

  const patients = demoPatients(options.today).map((p) => ({ ...p, parsed: validated(p, options.today) }));
  const clinic = await store.admin.createClinic(demoClinicName);
  const logins: DemoLogin[] = [];
  let admin: User | null = null;
  for (const role of roles) {
    const login = { role, email: demoEmail(role), password: newPassword() };
    const user = await store.admin.createUser({
      clinicId: clinic.id,
      email: login.email,
      role,
      passwordHash: await options.hashPassword(login.password),
    });
    if (role === "admin") admin = user;
    logins.push(login);
  }
  if (admin === null) throw new Error("the store's roles include no admin to seed the demo clinic as");
  const actor: Actor = { userId: admin.id, clinicId: clinic.id, role: "admin", address: seedAddress };
  await store.inClinic(actor, async (scope) => {
    const ids = new Map<string, string>();
    for (const patient of patients) ids.set(patient.mrn, await addPatient(scope, patient, patient.parsed));
    await seedDemoIntake(scope, options.today, ids);
    await seedDemoSelfReport(scope, options.today, ids);
  });
  return { clinic, logins };
}

function validated(patient: DemoPatient, today: string): PatientRecord {
  const result = parseRecord(patient.record, { today });
  if (!result.ok) {
    const issues = result.issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    throw new Error(`demo patient ${patient.mrn} does not validate: ${issues}`);
  }
  return result.record;
}

async function addPatient(scope: ClinicScope, patient: DemoPatient, record: PatientRecord): Promise<string> {
  const { birthDate, sex, weightKg, heightCm } = record.patient;
  const created = await scope.createPatient({
    mrn: patient.mrn,
    givenName: patient.givenName,
    familyName: patient.familyName,
    birthDate,
    sex,
    weightKg,
    heightCm: heightCm ?? null,
    history: record.history,
  });
  await addRows(scope, created.id, "diagnoses", record.diagnoses);
  await addRows(scope, created.id, "priorTreatments", record.priorTreatments);
  await addRows(scope, created.id, "medications", record.medications);
  await addRows(scope, created.id, "sessions", record.sessions);
  await addRows(scope, created.id, "measurements", record.measurements);
  await addRows(scope, created.id, "events", record.events);
  if (patient.status === "inactive") {
    await scope.setPatientStatus(created.id, "inactive", patient.inactiveReason ?? "No longer treated here");
  }
  return created.id;
}

async function addRows<K extends ClinicalResource>(
  scope: ClinicScope,
  patientId: string,
  resource: K,
  rows: readonly ClinicalRow<K>[],
): Promise<void> {
  for (const row of rows) await scope.add(patientId, resource, row);
}
