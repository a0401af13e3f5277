// The worklist's load: every active patient of the clinic as an engine record, in one query per table.

import { asc, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { PatientRecord } from "../clinical/index.ts";
import { listAlerts } from "./alert-repository.ts";
import { type ChartedTable, type RowMapping, rowMappings } from "./clinical-rows.ts";
import { listClinicCourses } from "./course-repository.ts";
import { toSummary } from "./patient-repository.ts";
import { patients } from "./schema-clinical.ts";
import { selfReportLinks } from "./schema-self-report.ts";
import type { WorklistData } from "./self-report-types.ts";
import type { Course } from "./store.ts";
import type { Tx } from "./tenancy.ts";

type Selected<T extends ChartedTable> = T["$inferSelect"] & { readonly patientId: string };

/** Rows of one charted table for the whole clinic, grouped by patient, in the order loadRecord uses. */
async function byPatient<T extends ChartedTable, Row>(
  tx: Tx,
  m: RowMapping<T, Row>,
): Promise<Map<string, Row[]>> {
  const order = m.date === null ? [asc(m.table.seq)] : [asc(m.date), asc(m.table.seq)];
  // Drizzle cannot follow a table passed as a type parameter; every charted table has patient_id.
  const rows = (await tx
    .select()
    .from(m.table as PgTable)
    .orderBy(...order)) as Selected<T>[];
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const list = out.get(row.patientId) ?? [];
    list.push(m.fromColumns(row));
    out.set(row.patientId, list);
  }
  return out;
}

function group<T extends { readonly patientId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(item.patientId, [...(out.get(item.patientId) ?? []), item]);
  return out;
}

export async function loadWorklist(tx: Tx): Promise<WorklistData> {
  const patientRows = await tx
    .select()
    .from(patients)
    .where(eq(patients.status, "active"))
    .orderBy(asc(patients.familyName), asc(patients.givenName));
  const diagnoses = await byPatient(tx, rowMappings.diagnoses);
  const priorTreatments = await byPatient(tx, rowMappings.priorTreatments);
  const medications = await byPatient(tx, rowMappings.medications);
  const sessions = await byPatient(tx, rowMappings.sessions);
  const measurements = await byPatient(tx, rowMappings.measurements);
  const events = await byPatient(tx, rowMappings.events);
  const courses: Map<string, Course[]> = group(await listClinicCourses(tx));
  const links = await tx
    .select({
      patientId: selfReportLinks.patientId,
      forms: selfReportLinks.forms,
      submittedAt: selfReportLinks.submittedAt,
    })
    .from(selfReportLinks);
  const answered = group(
    links.flatMap((l) =>
      l.submittedAt === null
        ? []
        : [{ patientId: l.patientId, date: l.submittedAt.toISOString().slice(0, 10), forms: l.forms }],
    ),
  );
  return {
    patients: patientRows.map((row) => {
      const summary = toSummary(row);
      const id = row.id;
      const record: PatientRecord = {
        patient: {
          id,
          birthDate: summary.birthDate,
          sex: summary.sex,
          weightKg: summary.weightKg,
          ...(summary.heightCm === null ? {} : { heightCm: summary.heightCm }),
        },
        diagnoses: diagnoses.get(id) ?? [],
        history: row.history,
        priorTreatments: priorTreatments.get(id) ?? [],
        medications: medications.get(id) ?? [],
        sessions: sessions.get(id) ?? [],
        measurements: measurements.get(id) ?? [],
        events: events.get(id) ?? [],
      };
      return {
        summary,
        record,
        courses: courses.get(id) ?? [],
        answered: (answered.get(id) ?? []).map(({ date, forms }) => ({ date, forms })),
      };
    }),
    openAlerts: await listAlerts(tx, { open: true }),
  };
}
