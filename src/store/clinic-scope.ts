// inClinic: one transaction under row-level security for one clinic, and the ClinicScope a request works through.

import { sql } from "drizzle-orm";
import { clinicSettingsSchema } from "../clinical/index.ts";
import {
  acknowledgeAlert,
  getNotificationSettings,
  listAlerts,
  setNotificationSettings,
} from "./alert-repository.ts";
import { appendAudit, listAudit } from "./audit-log.ts";
import { addCharted, amendCharted, listCharted } from "./clinical-repository.ts";
import { listCourses, startCourse } from "./course-repository.ts";
import { listDecisions, recordDecision } from "./decision-repository.ts";
import { documentScope } from "./document-repository.ts";
import { StoreError } from "./errors.ts";
import { intakeScope } from "./intake-repository.ts";
import { type Json, rowFromJson } from "./json-rows.ts";
import {
  createPatient,
  findPatientRow,
  listPatients,
  setPatientStatus,
  toSummary,
  updatePatient,
} from "./patient-repository.ts";
import { loadRecord } from "./record-loader.ts";
import { clinics } from "./schema-accounts.ts";
import { createSelfReportLink, listSelfReportLinks } from "./self-report-links.ts";
import { loadWorklist } from "./self-report-worklist-loader.ts";
import type { Actor, AuditInput, Clinic, ClinicScope } from "./store.ts";
import { type Db, isUuid, type Tx } from "./tenancy.ts";

export function toClinic(row: typeof clinics.$inferSelect): Clinic {
  // Settings saved by an older version gain any setting added since, at its default.
  return {
    id: row.id,
    name: row.name,
    requireMfa: row.requireMfa,
    settings: clinicSettingsSchema.parse(row.settings),
  };
}

function clinicScope(tx: Tx, actor: Actor, clinic: Clinic, audits: AuditInput[]): ClinicScope {
  return {
    clinic,
    listPatients: (search) => listPatients(tx, search),
    getPatient: async (id) => {
      const row = await findPatientRow(tx, id);
      return row === null ? null : toSummary(row);
    },
    createPatient: (input) => createPatient(tx, actor, input),
    updatePatient: (id, changes, reason) => updatePatient(tx, actor, id, changes, reason),
    setPatientStatus: (id, status, reason) => setPatientStatus(tx, actor, id, status, reason),
    loadRecord: (patientId) => loadRecord(tx, patientId),
    list: (patientId, resource) => listCharted(tx, patientId, resource),
    add: (patientId, resource, data) => addCharted(tx, actor, patientId, resource, data),
    amend: (patientId, resource, rowId, data, reason) =>
      amendCharted(tx, actor, patientId, resource, rowId, data, reason),
    recordDecision: (input) => recordDecision(tx, actor, input),
    listDecisions: (patientId) => listDecisions(tx, patientId),
    startCourse: (patientId, input) => startCourse(tx, actor, patientId, input),
    listCourses: (patientId) => listCourses(tx, patientId),
    intake: intakeScope(tx, actor),
    documents: documentScope(tx, actor),
    createSelfReportLink: (input) => createSelfReportLink(tx, actor, input),
    listSelfReportLinks: (patientId) => listSelfReportLinks(tx, patientId),
    listAlerts: (filter) => listAlerts(tx, filter),
    acknowledgeAlert: (id, note) => acknowledgeAlert(tx, actor, id, note),
    getNotificationSettings: () => getNotificationSettings(tx, actor.clinicId),
    setNotificationSettings: (settings) => setNotificationSettings(tx, actor, settings),
    loadWorklist: () => loadWorklist(tx),
    audit: async (event) => {
      audits.push({
        ...event,
        clinicId: actor.clinicId,
        userId: actor.userId,
        role: actor.role,
        address: actor.address,
      });
    },
    listAudit: (page) => listAudit(tx, actor.clinicId, page),
  };
}

/**
 * Runs fn in one transaction that sees only the actor's clinic. Audit events fn records are appended
 * just before COMMIT, so the per-clinic chain lock is held for as short a time as possible; if fn
 * throws, everything (its writes and its audit events) is rolled back.
 */
export function inClinic<T>(db: Db, actor: Actor, fn: (scope: ClinicScope) => Promise<T>): Promise<T> {
  if (!isUuid(actor.clinicId) || !isUuid(actor.userId)) {
    return Promise.reject(new StoreError("invalid-actor", "The actor's clinic and user must be ids."));
  }
  return db.transaction(async (tx) => {
    // The clinic's scope (as withTenancy sets it) and its row in one round trip: migration 0005.
    const entered = await tx.execute<{ clinic: Json | null }>(
      sql`select titrate_enter_clinic(${actor.clinicId}) as clinic`,
    );
    const json = entered.rows[0]?.clinic;
    if (json === undefined || json === null) throw new StoreError("not-found", "No such clinic.");
    const row = rowFromJson(clinics, json);
    const audits: AuditInput[] = [];
    const result = await fn(clinicScope(tx, actor, toClinic(row), audits));
    const at = new Date();
    for (const event of audits) await appendAudit(tx, event, at);
    return result;
  });
}
