// Courses of treatment within one clinic: start one with its self-report schedule, list a patient's.

import { asc, eq } from "drizzle-orm";
import { type InstrumentId, instruments, modalities } from "../clinical/index.ts";
import { StoreError } from "./errors.ts";
import { known } from "./known-values.ts";
import { findPatientRow } from "./patient-repository.ts";
import { type CourseSchedule, courses } from "./schema-clinical.ts";
import type { Actor, Course, SelfReportSchedule } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

const statuses: readonly Course["status"][] = ["active", "completed", "stopped"];
const instrumentIds = Object.keys(instruments) as InstrumentId[];

/** Courses started before schedules existed ask for nothing. */
export const emptySchedule: SelfReportSchedule = {
  instruments: [],
  baseline: false,
  beforeEachSession: false,
  weekly: false,
  afterInduction: false,
};

function toSchedule(stored: CourseSchedule | null): SelfReportSchedule {
  if (stored === null) return emptySchedule;
  return {
    instruments: stored.instruments.map((id) => known(instrumentIds, id, "schedule instrument")),
    baseline: stored.baseline,
    beforeEachSession: stored.beforeEachSession,
    weekly: stored.weekly,
    afterInduction: stored.afterInduction,
  };
}

export function toCourse(row: typeof courses.$inferSelect): Course {
  return {
    id: row.id,
    patientId: row.patientId,
    modality: known(modalities, row.modality, "modality"),
    startDate: row.startDate,
    status: known(statuses, row.status, "course status"),
    reasonStopped: row.reasonStopped,
    schedule: toSchedule(row.schedule),
    createdAt: row.createdAt,
  };
}

export async function startCourse(
  tx: Tx,
  actor: Actor,
  patientId: string,
  input: Pick<Course, "modality" | "startDate" | "schedule">,
): Promise<Course> {
  if ((await findPatientRow(tx, patientId)) === null) {
    throw new StoreError("not-found", "No such patient.");
  }
  const [row] = await tx
    .insert(courses)
    .values({
      clinicId: actor.clinicId,
      patientId,
      modality: input.modality,
      startDate: input.startDate,
      schedule: { ...input.schedule, instruments: [...input.schedule.instruments] },
      createdBy: actor.userId,
    })
    .returning();
  if (row === undefined) throw new Error("course insert returned no row");
  return toCourse(row);
}

export async function listCourses(tx: Tx, patientId: string): Promise<Course[]> {
  if (!isUuid(patientId)) return [];
  const rows = await tx
    .select()
    .from(courses)
    .where(eq(courses.patientId, patientId))
    .orderBy(asc(courses.startDate), asc(courses.seq));
  return rows.map(toCourse);
}

/** Every course in the clinic (row-level security scopes it), for the worklist's single pass. */
export async function listClinicCourses(tx: Tx): Promise<Course[]> {
  const rows = await tx.select().from(courses).orderBy(asc(courses.startDate), asc(courses.seq));
  return rows.map(toCourse);
}
