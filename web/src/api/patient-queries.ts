// TanStack Query hooks for one patient's data, and the keys that invalidate them.

import { type QueryClient, useQuery } from "@tanstack/react-query";
import { api } from "./client.ts";
import type {
  Assessment,
  ClinicalEvent,
  Decision,
  Items,
  Measurement,
  Medication,
  Patient,
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
  patient: (id: string) => ["patient", id] as const,
  assessment: (id: string) => ["assessment", id] as const,
  rows: (id: string, resource: Resource) => ["rows", id, resource] as const,
  decisions: (id: string) => ["decisions", id] as const,
};

export function usePatient(id: string) {
  return useQuery({
    queryKey: queryKeys.patient(id),
    queryFn: () => api<Patient>("GET", `/api/patients/${id}`),
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: queryKeys.assessment(id),
    queryFn: () => api<Assessment>("GET", `/api/patients/${id}/assessment`),
  });
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
