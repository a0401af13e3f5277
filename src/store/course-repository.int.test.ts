// Courses and their self-report schedules: stored and listed per patient, invisible to another clinic.

import { describe, expect, it } from "vitest";
import { historySchema } from "../clinical/index.ts";
import type { NewPatient, SelfReportSchedule, Store } from "./store.ts";
import type { TestClinic } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let store: Store;
let a: TestClinic;
let b: TestClinic;
setUpTestStore(["Course Clinic A", "Course Clinic B"], (started) => {
  store = started.store;
  [a, b] = started.clinics;
});

const patient: NewPatient = {
  mrn: null,
  givenName: "Test",
  familyName: "Course",
  birthDate: "1980-01-01",
  sex: "female",
  weightKg: 70,
  heightCm: null,
  history: historySchema.parse({}),
};

const schedule: SelfReportSchedule = {
  instruments: ["PHQ9", "GAD7"],
  baseline: true,
  beforeEachSession: true,
  weekly: false,
  afterInduction: true,
};

describe("courses", () => {
  it("stores a course with its schedule and lists the patient's courses in start order", async () => {
    const { id, started } = await store.inClinic(a.actor, async (scope) => {
      const p = await scope.createPatient(patient);
      const later = await scope.startCourse(p.id, {
        modality: "esketamine",
        startDate: "2026-05-01",
        schedule: { ...schedule, instruments: ["QIDSSR16"] },
      });
      const first = await scope.startCourse(p.id, {
        modality: "iv-ketamine",
        startDate: "2026-01-05",
        schedule,
      });
      return { id: p.id, started: [first, later] };
    });
    const listed = await store.inClinic(a.actor, (scope) => scope.listCourses(id));
    expect(listed).toEqual(started);
    expect(listed[0]).toMatchObject({
      modality: "iv-ketamine",
      status: "active",
      reasonStopped: null,
      schedule,
    });
    expect(listed[1]?.schedule.instruments).toEqual(["QIDSSR16"]);
  });

  it("refuses a course for another clinic's patient and never lists one", async () => {
    const id = await store.inClinic(a.actor, async (scope) => (await scope.createPatient(patient)).id);
    await store.inClinic(a.actor, (scope) =>
      scope.startCourse(id, { modality: "iv-ketamine", startDate: "2026-02-01", schedule }),
    );
    await expect(
      store.inClinic(b.actor, (scope) =>
        scope.startCourse(id, { modality: "iv-ketamine", startDate: "2026-02-01", schedule }),
      ),
    ).rejects.toThrow("No such patient");
    expect(await store.inClinic(b.actor, (scope) => scope.listCourses(id))).toEqual([]);
    expect(await store.inClinic(a.actor, (scope) => scope.listCourses("not-an-id"))).toEqual([]);
  });
});
