// Seeds the API benchmark's clinic: synthetic patients with full 30-session courses, charted through the store's contract.

import type { PatientRecord } from "../src/clinical/index.ts";
import type { Actor, ClinicalResource, ClinicalRow, ClinicScope, Store } from "../src/store/index.ts";
import { syntheticRecord } from "./synthetic-record.ts";

const givenNames = [
  "Ada",
  "Ben",
  "Cora",
  "Dev",
  "Eli",
  "Faye",
  "Gus",
  "Hana",
  "Ivo",
  "June",
  "Kai",
  "Lena",
  "Milo",
  "Nia",
  "Omar",
  "Pia",
  "Quinn",
  "Rae",
  "Sami",
  "Tove",
  "Uri",
  "Vida",
  "Wes",
  "Xena",
  "Yuri",
  "Zara",
  "Alma",
  "Bram",
  "Cleo",
  "Dario",
  "Edda",
  "Finn",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kira",
  "Luca",
  "Mara",
  "Nils",
];
const familyNames = [
  "Abbott",
  "Baptiste",
  "Castillo",
  "Dimitrov",
  "Eriksen",
  "Fontaine",
  "Gallagher",
  "Haddad",
  "Ibarra",
  "Jansen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrov",
  "Quintero",
  "Rasmussen",
  "Silva",
  "Takahashi",
  "Umarov",
  "Vasquez",
  "Weber",
  "Xu",
  "Yilmaz",
  "Zielinski",
  "Achterberg",
  "Brennan",
  "Carvalho",
  "Delacroix",
  "Esposito",
  "Fischer",
  "Gonzaga",
  "Horvath",
  "Iverson",
  "Jovanovic",
  "Kaur",
  "Larsen",
  "Mendes",
  "Novak",
  "Ortega",
  "Popescu",
  "Rossi",
  "Schmidt",
  "Torres",
  "Urbina",
  "Varga",
  "Wojcik",
  "Yamada",
  "Zhang",
];

/** Patient `i`'s name: 40 × 50 combinations, so a family-name search finds about 2% of the clinic. */
export function benchName(i: number): { readonly givenName: string; readonly familyName: string } {
  return {
    givenName: givenNames[i % givenNames.length] ?? "Ada",
    familyName: familyNames[Math.floor(i / givenNames.length) % familyNames.length] ?? "Abbott",
  };
}

/** What the list/search benchmark asks for: every family name, and a few full names and MRN prefixes. */
export const benchQueries: readonly string[] = [
  ...familyNames,
  ...givenNames.slice(0, 10).map((g, i) => `${g} ${familyNames[i] ?? ""}`),
  "BENCH-0001",
  "BENCH-0042",
];

async function addAll<K extends ClinicalResource>(
  scope: ClinicScope,
  patientId: string,
  resource: K,
  rows: readonly ClinicalRow<K>[],
): Promise<void> {
  for (const row of rows) await scope.add(patientId, resource, row);
}

async function chart(scope: ClinicScope, i: number, record: PatientRecord): Promise<string> {
  const { birthDate, sex, weightKg, heightCm } = record.patient;
  const patient = await scope.createPatient({
    mrn: `BENCH-${String(i).padStart(6, "0")}`,
    ...benchName(i),
    birthDate,
    sex,
    weightKg,
    heightCm: heightCm ?? null,
    history: record.history,
  });
  await addAll(scope, patient.id, "diagnoses", record.diagnoses);
  await addAll(scope, patient.id, "priorTreatments", record.priorTreatments);
  await addAll(scope, patient.id, "medications", record.medications);
  await addAll(scope, patient.id, "sessions", record.sessions);
  await addAll(scope, patient.id, "measurements", record.measurements);
  await addAll(scope, patient.id, "events", record.events);
  return patient.id;
}

export interface SeedPlan {
  readonly patients: number;
  /** Patients per transaction; several transactions run at once. */
  readonly batch: number;
  readonly parallel: number;
  readonly onProgress?: (done: number) => void;
}

export interface Seeded {
  readonly patientIds: string[];
  /** Charted rows (diagnoses, prior treatments, medications, sessions, measurements, events). */
  readonly rows: number;
  readonly seconds: number;
}

/** Charts `plan.patients` synthetic patients (record i is bench/synthetic-record.ts's record i) as `actor`. */
export async function seedPatients(store: Store, actor: Actor, plan: SeedPlan): Promise<Seeded> {
  const started = performance.now();
  const ids: string[] = new Array<string>(plan.patients);
  let rows = 0;
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let first = next; first < plan.patients; first = next) {
      next = Math.min(plan.patients, first + plan.batch);
      const last = next;
      await store.inClinic(actor, async (scope) => {
        for (let i = first; i < last; i++) {
          const record = syntheticRecord(i);
          ids[i] = await chart(scope, i, record);
          rows += record.diagnoses.length + record.priorTreatments.length + record.medications.length;
          rows += record.sessions.length + record.measurements.length + record.events.length;
        }
      });
      done += last - first;
      plan.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: plan.parallel }, worker));
  return { patientIds: ids, rows, seconds: (performance.now() - started) / 1000 };
}
