// seedDemoClinic against an in-memory stand-in for the store: what it creates, as whom, and that a second run creates nothing.

import { describe, expect, it } from "vitest";
import { defaultSettings } from "../clinical/index.ts";
import type {
  Actor,
  Clinic,
  ClinicalResource,
  ClinicScope,
  PatientStatus,
  PatientSummary,
  Role,
  Store,
  User,
} from "../store/index.ts";
import { demoPatients } from "./demo-patients.ts";
import { seedDemoClinic } from "./seed-demo-clinic.ts";

const today = "2026-11-28";
const unused = () => Promise.reject(new Error("not used by the seed"));

function memoryStore() {
  const clinics: Clinic[] = [];
  const users: User[] = [];
  const patients: PatientSummary[] = [];
  const rows: { patientId: string; resource: ClinicalResource; data: unknown }[] = [];
  const actors: Actor[] = [];
  const intakeWrites: string[] = [];
  const scope = (clinic: Clinic): ClinicScope => ({
    clinic,
    createPatient: async (input) => {
      const now = new Date(0);
      const p: PatientSummary = {
        ...input,
        id: `p${patients.length + 1}`,
        clinicId: clinic.id,
        status: "active",
        createdAt: now,
        updatedAt: now,
      };
      patients.push(p);
      return p;
    },
    add: async (patientId, resource, data) => {
      rows.push({ patientId, resource, data });
      return { id: `r${rows.length}`, data, createdBy: "", createdAt: new Date(0), amendments: [] };
    },
    setPatientStatus: async (id: string, status: PatientStatus) => {
      const i = patients.findIndex((p) => p.id === id);
      const p = patients[i];
      if (!p) return null;
      patients[i] = { ...p, status };
      return patients[i] ?? null;
    },
    listPatients: unused,
    getPatient: unused,
    updatePatient: unused,
    loadRecord: unused,
    list: unused,
    amend: unused,
    recordDecision: unused,
    startCourse: async (patientId, input) => ({
      id: `k${patientId}`,
      patientId,
      ...input,
      status: "active",
      reasonStopped: null,
      createdAt: new Date(0),
    }),
    listCourses: unused,
    createSelfReportLink: unused,
    listSelfReportLinks: unused,
    listAlerts: unused,
    acknowledgeAlert: unused,
    getNotificationSettings: unused,
    setNotificationSettings: unused,
    loadWorklist: unused,
    listDecisions: unused,
    audit: unused,
    listAudit: unused,
    intake: {
      getIntake: unused,
      listIntakeVersions: unused,
      saveIntake: async (patientId, intake, meta) => {
        intakeWrites.push(`intake:${patientId}`);
        return { patientId, version: 1, ...meta, intake, savedBy: "", savedAt: new Date(0) };
      },
      listCoverage: unused,
      saveCoverage: async (patientId, coverage) => {
        intakeWrites.push(`coverage:${patientId}:${coverage.pathway}`);
        return { id: "coverage", patientId, coverage, enteredBy: "", enteredAt: new Date(0) };
      },
      getPriceList: unused,
      savePriceList: async (priceList) => {
        intakeWrites.push("price-list");
        return { version: 1, priceList, savedBy: "", savedAt: new Date(0) };
      },
      decidePathway: unused,
      listPathwayDecisions: unused,
    },
    documents: { create: unused, list: unused, get: unused, sign: unused },
  });
  const store: Store = {
    inClinic: async (actor, fn) => {
      actors.push(actor);
      const clinic = clinics.find((c) => c.id === actor.clinicId);
      if (!clinic) throw new Error("no such clinic");
      return fn(scope(clinic));
    },
    admin: {
      createClinic: async (name) => {
        const c = { id: `c${clinics.length + 1}`, name, requireMfa: false, settings: defaultSettings };
        clinics.push(c);
        return c;
      },
      findClinicByName: async (name) => clinics.find((c) => c.name === name) ?? null,
      createUser: async ({ clinicId, email, role }: { clinicId: string; email: string; role: Role }) => {
        const u = { id: `u${users.length + 1}`, clinicId, email, role, active: true, totpEnrolled: false };
        users.push(u);
        return u;
      },
      setClinicRequireMfa: unused,
    },
    auth: {
      findCredentials: unused,
      recordLoginFailure: unused,
      recordLoginSuccess: unused,
      setTotp: unused,
      claimTotpStep: unused,
      createSession: unused,
      touchSession: unused,
      revokeSession: unused,
      revokeUserSessions: unused,
    },
    selfReport: {
      findLink: unused,
      saveAnswer: unused,
      submit: unused,
      measurementsOf: unused,
      settingsOf: unused,
      pendingAlerts: unused,
      markNotified: unused,
      markEscalated: unused,
    },
    auditStandalone: unused,
    verifyAudit: unused,
    close: async () => {},
  };
  return { store, clinics, users, patients, rows, actors, intakeWrites };
}

const hashPassword = async (p: string) => `hashed:${p}`;

describe("seedDemoClinic", () => {
  it("creates the clinic, one login per role and every demo patient with all their rows", async () => {
    const m = memoryStore();
    const { clinic, logins } = await seedDemoClinic(m.store, { today, hashPassword });
    expect(clinic.name).toBe("Demo Clinic");
    expect(logins.map((l) => l.role)).toEqual(["admin", "prescriber", "nurse", "coordinator", "readonly"]);
    expect(logins.map((l) => l.email)).toContain("prescriber@demo.titrate.local");
    expect(new Set(logins.map((l) => l.password)).size).toBe(5);
    expect(logins.every((l) => l.password.length >= 16)).toBe(true);
    expect(m.users.map((u) => u.clinicId)).toEqual(Array(5).fill(clinic.id));

    const cohort = demoPatients(today);
    expect(m.patients.map((p) => p.mrn)).toEqual(cohort.map((p) => p.mrn));
    const expectedRows = cohort.reduce(
      (n, p) =>
        n +
        (p.record.diagnoses?.length ?? 0) +
        (p.record.priorTreatments?.length ?? 0) +
        (p.record.medications?.length ?? 0) +
        (p.record.sessions?.length ?? 0) +
        (p.record.measurements?.length ?? 0) +
        (p.record.events?.length ?? 0),
      0,
    );
    expect(m.rows.length).toBe(expectedRows);
    expect(m.patients.filter((p) => p.status === "inactive").map((p) => p.mrn)).toEqual(
      cohort.filter((p) => p.status === "inactive").map((p) => p.mrn),
    );
    expect(m.actors).toEqual([{ userId: "u1", clinicId: clinic.id, role: "admin", address: "127.0.0.1" }]);
  });

  it("hashes every password and never stores one in the clear", async () => {
    const hashed: string[] = [];
    const m = memoryStore();
    const { logins } = await seedDemoClinic(m.store, {
      today,
      hashPassword: async (p) => {
        hashed.push(p);
        return `hashed:${p}`;
      },
    });
    expect(hashed).toEqual(logins.map((l) => l.password));
  });

  it("creates nothing the second time", async () => {
    const m = memoryStore();
    const first = await seedDemoClinic(m.store, { today, hashPassword });
    const counts = [m.clinics.length, m.users.length, m.patients.length, m.rows.length];
    const second = await seedDemoClinic(m.store, { today: "2026-12-05", hashPassword });
    expect(second.clinic).toEqual(first.clinic);
    expect(second.logins).toEqual([]);
    expect([m.clinics.length, m.users.length, m.patients.length, m.rows.length]).toEqual(counts);
  });

  it("writes nothing when today is not a real date", async () => {
    const m = memoryStore();
    await expect(seedDemoClinic(m.store, { today: "2026-13-01", hashPassword })).rejects.toThrow(RangeError);
    expect(m.clinics).toEqual([]);
  });
  it("stores the price list, and the intake and coverage facts of the candidate weighing the pathways", async () => {
    const m = memoryStore();
    await seedDemoClinic(m.store, { today, hashPassword });
    const candidate = m.patients.find(
      (p) => p.familyName !== "" && m.intakeWrites.includes(`intake:${p.id}`),
    );
    expect(m.intakeWrites[0]).toBe("price-list");
    expect(candidate).toBeDefined();
    expect(m.intakeWrites.filter((w) => w.startsWith("coverage:"))).toHaveLength(3);
  });
});
