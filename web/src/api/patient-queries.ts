// TanStack Query hooks for one patient's data and the clinic's patient list, and the keys that invalidate them.

import { type QueryClient, useQuery } from "@tanstack/react-query";
import { api } from "./client.ts";
import { concurrencyGate } from "./concurrency.ts";
import type {
  Assessment,
  ClinicalEvent,
  Decision,
  Items,
  Measurement,
  Medication,
  Patient,
  PatientPage,
  Session,
  StoredRow,
} from "./types.ts";

export interface Rows {
  readonly sessions: Session;
  readonly measurements: Measurement;
  readonly medications: Medication;
  readonly events: ClinicalEvent;
}
export type Resource = keyof Rows;

export const queryKeys = {
  patients: (query: string) => ["patients", query] as const,
  patient: (id: string) => ["patient", id] as const,
  assessment: (id: string) => ["assessment", id] as const,
  rows: (id: string, resource: Resource) => ["rows", id, resource] as const,
  decisions: (id: string) => ["decisions", id] as const,
};

// Browsers open six connections per host over HTTP/1.1; five leaves one for the page's own requests.
const assessmentGate = concurrencyGate(5);

export function assessmentQuery(id: string) {
  return {
    queryKey: queryKeys.assessment(id),
    queryFn: () => assessmentGate(() => api<Assessment>("GET", `/api/patients/${id}/assessment`)),
  };
}

/** Every active patient matching `query` (name or MRN), page by page: the list route returns at most 100. */
async function allActivePatients(query: string): Promise<Patient[]> {
  const found: Patient[] = [];
  for (let offset = 0; ; offset += 100) {
    const params = new URLSearchParams({ status: "active", limit: "100", offset: String(offset) });
    if (query !== "") params.set("query", query);
    const page = await api<PatientPage>("GET", `/api/patients?${params.toString()}`);
    found.push(...page.patients);
    if (page.patients.length === 0 || found.length >= page.total) return found;
  }
}

export function useActivePatients(query: string) {
  return useQuery({
    queryKey: queryKeys.patients(query),
    queryFn: () => allActivePatients(query),
    placeholderData: (previous) => previous,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: queryKeys.patient(id),
    queryFn: () => api<Patient>("GET", `/api/patients/${id}`),
  });
}

export function useAssessment(id: string) {
  return useQuery(assessmentQuery(id));
}

const segments: Readonly<Record<Resource, string>> = {
  sessions: "sessions",
  measurements: "measurements",
  medications: "medications",
  events: "events",
};

export function useRows<K extends Resource>(id: string, resource: K) {
  return useQuery({
    queryKey: queryKeys.rows(id, resource),
    queryFn: async () =>
      (await api<Items<StoredRow<Rows[K]>>>("GET", `/api/patients/${id}/${segments[resource]}`)).items,
  });
}

export function useDecisions(id: string) {
  return useQuery({
    queryKey: queryKeys.decisions(id),
    queryFn: async () => (await api<Items<Decision>>("GET", `/api/patients/${id}/decisions`)).items,
  });
}

/** After a write: the assessment, the changed rows, and the worklist all move with it. */
export async function refreshPatient(client: QueryClient, id: string, resource?: Resource): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.assessment(id) }),
    client.invalidateQueries({ queryKey: queryKeys.decisions(id) }),
    ...(resource === undefined ? [] : [client.invalidateQueries({ queryKey: queryKeys.rows(id, resource) })]),
  ]);
}

export function rowsPath(id: string, resource: Resource): string {
  return `/api/patients/${id}/${segments[resource]}`;
}
