// Intake re-evaluations kept as versions, and pathway decisions that start a course; the IntakeScope a request uses.

import { asc, desc, eq } from "drizzle-orm";
import {
  type ComparedPathway,
  type Coverage,
  comparedPathways,
  type IntakeRecord,
  intakeRecordSchema,
  type PriceList,
} from "../clinical/index.ts";
import { listCourses, startCourse } from "./course-repository.ts";
import {
  getPriceList,
  listCoverage,
  type StoredCoverage,
  type StoredPriceList,
  saveCoverage,
  savePriceList,
} from "./coverage-repository.ts";
import { StoreError } from "./errors.ts";
import { known } from "./known-values.ts";
import { findPatientRow } from "./patient-repository.ts";
import { intakeVersions, type PathwayDecisionDetails, pathwayDecisions } from "./schema-intake.ts";
import type { Actor, Course, SelfReportSchedule } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

export type IntakeKind = "new-evaluation" | "amendment";
const kinds: readonly IntakeKind[] = ["new-evaluation", "amendment"];

export interface StoredIntake {
  readonly patientId: string;
  readonly version: number;
  readonly kind: IntakeKind;
  readonly reason: string | null;
  readonly intake: IntakeRecord;
  readonly savedBy: string;
  readonly savedAt: Date;
}

export interface PathwayDecision {
  readonly id: string;
  readonly patientId: string;
  readonly intakeVersion: number;
  readonly pathway: ComparedPathway;
  readonly course: Course | null;
  readonly details: PathwayDecisionDetails;
  readonly decidedBy: string;
  readonly decidedAt: Date;
}

export interface NewPathwayDecision extends PathwayDecisionDetails {
  readonly pathway: ComparedPathway;
  readonly intakeVersion: number;
  readonly startDate: string;
  readonly schedule: SelfReportSchedule;
}

/** Everything the intake feature stores, scoped to one clinic's transaction. */
export interface IntakeScope {
  getIntake(patientId: string): Promise<StoredIntake | null>;
  listIntakeVersions(patientId: string): Promise<StoredIntake[]>;
  /** Saves a new version; `expectedVersion` is the version the form was opened on (0 for none). */
  saveIntake(
    patientId: string,
    intake: IntakeRecord,
    meta: { readonly kind: IntakeKind; readonly reason: string | null; readonly expectedVersion: number },
  ): Promise<StoredIntake>;
  listCoverage(patientId: string): Promise<StoredCoverage[]>;
  saveCoverage(patientId: string, coverage: Coverage): Promise<StoredCoverage>;
  getPriceList(): Promise<StoredPriceList | null>;
  savePriceList(priceList: PriceList, expectedVersion: number | null): Promise<StoredPriceList>;
  /** Records the choice and starts the course with its schedule, in the same transaction. */
  decidePathway(patientId: string, input: NewPathwayDecision): Promise<PathwayDecision>;
  listPathwayDecisions(patientId: string): Promise<PathwayDecision[]>;
}

function toStored(row: typeof intakeVersions.$inferSelect): StoredIntake {
  const parsed = intakeRecordSchema.safeParse(row.data);
  if (!parsed.success)
    throw new StoreError("invalid-stored-value", "A stored intake no longer matches its schema.");
  return {
    patientId: row.patientId,
    version: row.version,
    kind: known(kinds, row.kind, "intake kind"),
    reason: row.reason,
    intake: parsed.data,
    savedBy: row.createdBy,
    savedAt: row.createdAt,
  };
}

async function listVersions(tx: Tx, patientId: string): Promise<StoredIntake[]> {
  if (!isUuid(patientId)) return [];
  const rows = await tx
    .select()
    .from(intakeVersions)
    .where(eq(intakeVersions.patientId, patientId))
    .orderBy(asc(intakeVersions.version));
  return rows.map(toStored);
}

async function latest(tx: Tx, patientId: string): Promise<StoredIntake | null> {
  if (!isUuid(patientId)) return null;
  const [row] = await tx
    .select()
    .from(intakeVersions)
    .where(eq(intakeVersions.patientId, patientId))
    .orderBy(desc(intakeVersions.version))
    .limit(1);
  return row === undefined ? null : toStored(row);
}

async function saveIntake(
  tx: Tx,
  actor: Actor,
  patientId: string,
  intake: IntakeRecord,
  meta: { readonly kind: IntakeKind; readonly reason: string | null; readonly expectedVersion: number },
): Promise<StoredIntake> {
  if ((await findPatientRow(tx, patientId)) === null) throw new StoreError("not-found", "No such patient.");
  const current = (await latest(tx, patientId))?.version ?? 0;
  if (meta.expectedVersion !== current)
    throw new StoreError("conflict", "The intake changed since it was opened.");
  if (meta.kind === "amendment" && current === 0)
    throw new StoreError("conflict", "There is no intake to amend yet.");
  const [row] = await tx
    .insert(intakeVersions)
    .values({
      clinicId: actor.clinicId,
      patientId,
      version: current + 1,
      kind: meta.kind,
      reason: meta.reason,
      data: intake,
      createdBy: actor.userId,
    })
    .returning();
  if (row === undefined) throw new Error("intake insert returned no row");
  return toStored(row);
}

async function listDecisions(tx: Tx, patientId: string): Promise<PathwayDecision[]> {
  if (!isUuid(patientId)) return [];
  const [rows, courses] = [
    await tx
      .select()
      .from(pathwayDecisions)
      .where(eq(pathwayDecisions.patientId, patientId))
      .orderBy(asc(pathwayDecisions.decidedAt)),
    await listCourses(tx, patientId),
  ];
  return rows.map((row) => ({
    id: row.id,
    patientId: row.patientId,
    intakeVersion: row.intakeVersion,
    pathway: known(comparedPathways, row.pathway, "pathway"),
    course: courses.find((c) => c.id === row.courseId) ?? null,
    details: row.details,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
  }));
}

async function decidePathway(
  tx: Tx,
  actor: Actor,
  patientId: string,
  input: NewPathwayDecision,
): Promise<PathwayDecision> {
  const current = await latest(tx, patientId);
  if (current === null) throw new StoreError("not-found", "No intake recorded for this patient.");
  if (current.version !== input.intakeVersion)
    throw new StoreError("conflict", "The intake changed since the comparison was shown.");
  const course = await startCourse(tx, actor, patientId, {
    modality: input.pathway,
    startDate: input.startDate,
    schedule: input.schedule,
  });
  const details: PathwayDecisionDetails = {
    statedPreferences: input.statedPreferences,
    alternativesDiscussed: [...input.alternativesDiscussed],
    ...(input.note === undefined ? {} : { note: input.note }),
  };
  const [row] = await tx
    .insert(pathwayDecisions)
    .values({
      clinicId: actor.clinicId,
      patientId,
      intakeVersion: input.intakeVersion,
      pathway: input.pathway,
      courseId: course.id,
      details,
      decidedBy: actor.userId,
    })
    .returning();
  if (row === undefined) throw new Error("decision insert returned no row");
  return {
    id: row.id,
    patientId,
    intakeVersion: row.intakeVersion,
    pathway: input.pathway,
    course,
    details,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
  };
}

export function intakeScope(tx: Tx, actor: Actor): IntakeScope {
  return {
    getIntake: (patientId) => latest(tx, patientId),
    listIntakeVersions: (patientId) => listVersions(tx, patientId),
    saveIntake: (patientId, intake, meta) => saveIntake(tx, actor, patientId, intake, meta),
    listCoverage: (patientId) => listCoverage(tx, patientId),
    saveCoverage: (patientId, coverage) => saveCoverage(tx, actor, patientId, coverage),
    getPriceList: () => getPriceList(tx, actor.clinicId),
    savePriceList: (priceList, expectedVersion) => savePriceList(tx, actor, priceList, expectedVersion),
    decidePathway: (patientId, input) => decidePathway(tx, actor, patientId, input),
    listPathwayDecisions: (patientId) => listDecisions(tx, patientId),
  };
}
