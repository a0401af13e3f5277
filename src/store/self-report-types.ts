// The store's contract for self-report links, safety alerts, notification settings and the worklist's bulk load.

import type { Modality, PatientRecord } from "../clinical/index.ts";
import type { Course, PatientSummary } from "./store.ts";

export interface SelfReportLink {
  readonly id: string;
  readonly patientId: string;
  readonly courseId: string | null;
  readonly forms: readonly string[];
  readonly language: "en" | "es";
  readonly answers: Readonly<Record<string, number>>;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly submittedAt: Date | null;
  readonly receipt: SelfReportReceipt | null;
}

/** What the patient's page shows after submitting; a second submit returns the same one. */
export interface SelfReportReceipt {
  readonly submittedAt: string;
  readonly crisis: boolean;
  readonly dosingHold: boolean;
  readonly alertId: string | null;
}

export interface NewSelfReportLink {
  readonly patientId: string;
  readonly courseId: string | null;
  readonly modality: Modality | null;
  readonly forms: readonly string[];
  readonly language: "en" | "es";
  readonly tokenHash: string;
  readonly expiresAt: Date;
}

export interface SafetyAlert {
  readonly id: string;
  readonly patientId: string;
  readonly linkId: string | null;
  /** The engine's signals as stored: code, severity, title, detail, evidence, source. */
  readonly findings: readonly unknown[];
  readonly createdAt: Date;
  readonly notifiedAt: Date | null;
  readonly escalatedAt: Date | null;
  readonly acknowledgedBy: string | null;
  readonly acknowledgedAt: Date | null;
  readonly note: string | null;
}

export interface NotificationSettings {
  readonly recipients: readonly string[];
  readonly onCall: string | null;
  readonly escalationMinutes: number;
  readonly linkExpiryHours: number;
  readonly showClassification: boolean;
}

/** Everything the worklist needs about the clinic's active patients, loaded in a fixed number of queries. */
export interface WorklistData {
  readonly patients: readonly {
    readonly summary: PatientSummary;
    readonly record: PatientRecord;
    readonly courses: readonly Course[];
    /** Dates and instruments the patient has answered by link. */
    readonly answered: readonly { readonly date: string; readonly forms: readonly string[] }[];
  }[];
  readonly openAlerts: readonly SafetyAlert[];
}

/** A link found by its token, with what the patient's page may know and nothing more. */
export interface FoundLink {
  readonly clinicId: string;
  readonly link: SelfReportLink;
  /** The course's modality when the link was sent, if the link names a course. */
  readonly modality: Modality | null;
}

/** What a submission writes, worked out by the server from the engine before the store is called. */
export interface Submission {
  readonly measurements: readonly PatientRecord["measurements"][number][];
  readonly findings: readonly unknown[];
  readonly crisis: boolean;
  readonly dosingHold: boolean;
  readonly address: string;
}

/** Alerts due a first notice or an escalation, across every clinic. */
export interface PendingAlert {
  readonly clinicId: string;
  readonly alert: SafetyAlert;
  readonly settings: NotificationSettings;
}

/** The patient-link side: no user and no clinic until the token names one. */
export interface SelfReportStore {
  findLink(tokenHash: string): Promise<FoundLink | null>;
  /** Saves one answer to an open link; false when the link was submitted in the meantime. */
  saveAnswer(clinicId: string, linkId: string, questionId: string, value: number): Promise<boolean>;
  /** Submits once: a second call returns the first receipt and writes nothing. */
  submit(clinicId: string, linkId: string, submission: Submission, now: Date): Promise<SelfReportReceipt>;
  /** The patient's measurements, for their own trend after submitting. */
  measurementsOf(clinicId: string, patientId: string): Promise<PatientRecord["measurements"]>;
  settingsOf(clinicId: string): Promise<NotificationSettings>;
  /** Open alerts not yet notified, or past their clinic's escalation time and not yet escalated. */
  pendingAlerts(now: Date): Promise<PendingAlert[]>;
  markNotified(clinicId: string, alertId: string, at: Date): Promise<void>;
  markEscalated(clinicId: string, alertId: string, at: Date): Promise<void>;
}
