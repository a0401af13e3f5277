// Demo self-report schedules: a few active courses ask for a weekly PHQ-9 and one before each session, so the
// worklist shows reports due and overdue. Synthetic; stored through the clinic scope like everything else.

import type { ClinicScope, SelfReportSchedule } from "../store/index.ts";
import { demoPatients } from "./demo-patients.ts";

const schedule: SelfReportSchedule = {
  instruments: ["PHQ9"],
  baseline: true,
  beforeEachSession: true,
  weekly: true,
  afterInduction: false,
};

/** How many active patients with sessions get a scheduled course. */
const scheduled = 4;

export async function seedDemoSelfReport(
  scope: ClinicScope,
  today: string,
  ids: ReadonlyMap<string, string>,
): Promise<void> {
  const candidates = demoPatients(today).filter(
    (p) => p.status === "active" && (p.record.sessions?.length ?? 0) > 0,
  );
  for (const patient of candidates.slice(0, scheduled)) {
    const id = ids.get(patient.mrn);
    const first = patient.record.sessions?.[0];
    if (id === undefined || first === undefined) continue;
    await scope.startCourse(id, { modality: first.modality, startDate: first.date, schedule });
  }
}
