// Intake versions, coverage facts, the price list and pathway decisions: kept as history, invisible to another clinic.

import { describe, expect, it } from "vitest";
import { coverageSchema, historySchema, intakeRecordSchema, priceListSchema } from "../clinical/index.ts";
import {
  baseIntake,
  scenarioCoverage,
  scenarioPrices,
} from "../clinical/intake/scenarios/intake-scenarios.ts";
import { StoreError } from "./errors.ts";
import type { NewPatient, SelfReportSchedule, Store } from "./store.ts";
import type { TestClinic } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let store: Store;
let a: TestClinic;
let b: TestClinic;
setUpTestStore(["Intake Clinic A", "Intake Clinic B"], (started) => {
  store = started.store;
  [a, b] = started.clinics;
});

const patient: NewPatient = {
  mrn: null,
  givenName: "Test",
  familyName: "Intake",
  birthDate: "1981-03-14",
  sex: "female",
  weightKg: 70,
  heightCm: null,
  history: historySchema.parse({}),
};
const schedule: SelfReportSchedule = {
  instruments: ["PHQ9"],
  baseline: true,
  beforeEachSession: false,
  weekly: true,
  afterInduction: true,
};
const intake = intakeRecordSchema.parse(baseIntake);

async function newPatient(): Promise<string> {
  return store.inClinic(a.actor, async (scope) => (await scope.createPatient(patient)).id);
}

describe("intake versions", () => {
  it("keeps every version, and refuses a save from a stale form", async () => {
    const id = await newPatient();
    await store.inClinic(a.actor, async (scope) => {
      await scope.intake.saveIntake(id, intake, { kind: "new-evaluation", reason: null, expectedVersion: 0 });
      const amended = { ...intake, notes: "Thyroid result added" };
      await scope.intake.saveIntake(id, amended, {
        kind: "amendment",
        reason: "lab result came back",
        expectedVersion: 1,
      });
    });
    const versions = await store.inClinic(a.actor, (scope) => scope.intake.listIntakeVersions(id));
    expect(versions.map((v) => [v.version, v.kind])).toEqual([
      [1, "new-evaluation"],
      [2, "amendment"],
    ]);
    expect(versions[0]?.intake.notes).toBeUndefined();
    expect((await store.inClinic(a.actor, (scope) => scope.intake.getIntake(id)))?.intake.notes).toBe(
      "Thyroid result added",
    );
    await expect(
      store.inClinic(a.actor, (scope) =>
        scope.intake.saveIntake(id, intake, { kind: "new-evaluation", reason: null, expectedVersion: 1 }),
      ),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("is invisible to another clinic", async () => {
    const id = await newPatient();
    await store.inClinic(a.actor, (scope) =>
      scope.intake.saveIntake(id, intake, { kind: "new-evaluation", reason: null, expectedVersion: 0 }),
    );
    expect(await store.inClinic(b.actor, (scope) => scope.intake.getIntake(id))).toBeNull();
    await expect(
      store.inClinic(b.actor, (scope) =>
        scope.intake.saveIntake(id, intake, { kind: "new-evaluation", reason: null, expectedVersion: 0 }),
      ),
    ).rejects.toBeInstanceOf(StoreError);
    expect(await store.inClinic(b.actor, (scope) => scope.intake.listCoverage(id))).toEqual([]);
  });
});

describe("coverage and price list", () => {
  it("returns the latest facts per pathway", async () => {
    const id = await newPatient();
    const [tms, esk] = scenarioCoverage.map((c) => coverageSchema.parse(c));
    if (tms === undefined || esk === undefined) throw new Error("scenario coverage missing");
    await store.inClinic(a.actor, async (scope) => {
      await scope.intake.saveCoverage(id, tms);
      await scope.intake.saveCoverage(id, esk);
      await scope.intake.saveCoverage(id, { ...tms, priorAuthStatus: "approved" });
    });
    const listed = await store.inClinic(a.actor, (scope) => scope.intake.listCoverage(id));
    expect(listed.map((c) => [c.coverage.pathway, c.coverage.priorAuthStatus])).toEqual([
      ["esketamine", "not-started"],
      ["tms", "approved"],
    ]);
  });

  it("versions the price list per clinic and refuses a lost update", async () => {
    const list = priceListSchema.parse(scenarioPrices);
    const first = await store.inClinic(a.actor, (scope) => scope.intake.savePriceList(list, null));
    const second = await store.inClinic(a.actor, (scope) => scope.intake.savePriceList(list, first.version));
    expect(second.version).toBe(first.version + 1);
    await expect(
      store.inClinic(a.actor, (scope) => scope.intake.savePriceList(list, first.version)),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(
      (await store.inClinic(b.actor, (scope) => scope.intake.getPriceList()))?.version ?? null,
    ).toBeNull();
  });
});

describe("pathway decisions", () => {
  it("start the chosen course with its schedule, on the current intake version only", async () => {
    const id = await newPatient();
    await store.inClinic(a.actor, (scope) =>
      scope.intake.saveIntake(id, intake, { kind: "new-evaluation", reason: null, expectedVersion: 0 }),
    );
    const input = {
      pathway: "esketamine" as const,
      intakeVersion: 1,
      startDate: "2026-11-09",
      schedule,
      statedPreferences: "Wants something faster than daily visits allow",
      alternativesDiscussed: ["tms", "iv-ketamine"],
    };
    const decision = await store.inClinic(a.actor, (scope) => scope.intake.decidePathway(id, input));
    expect(decision.course).toMatchObject({
      modality: "esketamine",
      startDate: "2026-11-09",
      status: "active",
    });
    const courses = await store.inClinic(a.actor, (scope) => scope.listCourses(id));
    expect(courses.map((c) => c.id)).toEqual([decision.course?.id]);
    const listed = await store.inClinic(a.actor, (scope) => scope.intake.listPathwayDecisions(id));
    expect(listed[0]?.details.alternativesDiscussed).toEqual(["tms", "iv-ketamine"]);
    await expect(
      store.inClinic(a.actor, (scope) => scope.intake.decidePathway(id, { ...input, intakeVersion: 0 })),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await store.inClinic(a.actor, (scope) => scope.listCourses(id))).toHaveLength(1);
  });
});
