// The store's contract: what the server and the CLI may ask of the database. Implementations live beside it.

import type { ClinicSettings, InstrumentId, Modality, PatientRecord } from "../clinical/index.ts";
import type { DocumentScope } from "./document-repository.ts";
import type { IntakeScope } from "./intake-repository.ts";
import type {
  NewSelfReportLink,
  NotificationSettings,
  SafetyAlert,
  SelfReportLink,
  SelfReportStore,
  WorklistData,
} from "./self-report-types.ts";

export type * from "./self-report-types.ts";

export const roles = ["admin", "prescriber", "nurse", "coordinator", "readonly"] as const;
export type Role = (typeof roles)[number];

/** Who is acting, from where. Every clinic-scoped call carries one, and the audit log records it. */
export interface Actor {
  readonly userId: string;
  readonly clinicId: string;
  readonly role: Role;
  readonly address: string;
}

export interface Clinic {
  readonly id: string;
  readonly name: string;
  readonly requireMfa: boolean;
  readonly settings: ClinicSettings;
}

export interface User {
  readonly id: string;
  readonly clinicId: string;
  readonly email: string;
  readonly role: Role;
  readonly active: boolean;
  readonly totpEnrolled: boolean;
}

/** What login needs, and only login: looked up across clinics by e-mail. */
export interface Credentials extends User {
  readonly passwordHash: string;
  readonly totpSecret: string | null;
  readonly totpLastStep: number | null;
  readonly failedAttempts: number;
  readonly lockedUntil: Date | null;
}

export interface AuthSession {
  readonly id: string;
  readonly user: User;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
}

export type PatientStatus = "active" | "inactive";

/** A patient as the clinic sees them: who they are plus the engine's demographics. */
export interface PatientSummary {
  readonly id: string;
  readonly clinicId: string;
  readonly mrn: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly sex: PatientRecord["patient"]["sex"];
  readonly weightKg: number;
  readonly heightCm: number | null;
  readonly status: PatientStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type ClinicalResource =
  | "sessions"
  | "measurements"
  | "medications"
  | "events"
  | "priorTreatments"
  | "diagnoses";

/** A stored clinical row: the engine's shape plus identity and authorship. */
export interface Stored<T> {
  readonly id: string;
  readonly data: T;
  readonly createdBy: string;
  readonly createdAt: Date;
  /** Present when the row has been corrected; the original stays in the amendment. */
  readonly amendments: readonly Amendment[];
}

export interface Amendment {
  readonly id: string;
  readonly resource: ClinicalResource | "patients";
  readonly rowId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string;
  readonly amendedBy: string;
  /** The author's sign-in e-mail, so a reader sees who corrected the row; null if the account is gone. */
  readonly amendedByEmail: string | null;
  readonly amendedAt: Date;
}

export type DecisionKind = "accept" | "override";

export interface Decision {
  readonly id: string;
  readonly patientId: string;
  readonly code: string;
  readonly decision: DecisionKind;
  readonly reason: string | null;
  readonly asOf: string;
  readonly knowledgeVersion: string;
  readonly decidedBy: string;
  readonly decidedAt: Date;
}

/** When a course asks the patient for self-reports, and on which instruments. */
export interface SelfReportSchedule {
  readonly instruments: readonly InstrumentId[];
  readonly baseline: boolean;
  readonly beforeEachSession: boolean;
  readonly weekly: boolean;
  readonly afterInduction: boolean;
}

export interface Course {
  readonly id: string;
  readonly patientId: string;
  readonly modality: Modality;
  readonly startDate: string;
  readonly status: "active" | "completed" | "stopped";
  readonly reasonStopped: string | null;
  readonly schedule: SelfReportSchedule;
  readonly createdAt: Date;
}

export type AuditOutcome = "success" | "denied" | "not-found" | "invalid" | "error";

export interface AuditEvent {
  readonly seq: number;
  readonly at: Date;
  readonly userId: string | null;
  readonly role: Role | null;
  readonly clinicId: string | null;
  readonly action: string;
  readonly resource: string;
  readonly resourceId: string | null;
  readonly outcome: AuditOutcome;
  readonly address: string | null;
  readonly hash: string;
}

export type AuditInput = Omit<AuditEvent, "seq" | "at" | "hash">;

export interface PatientSearch {
  readonly query?: string;
  readonly status?: PatientStatus;
  readonly limit: number;
  readonly offset: number;
}

export interface NewPatient {
  readonly mrn: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly sex: PatientRecord["patient"]["sex"];
  readonly weightKg: number;
  readonly heightCm: number | null;
  readonly history: PatientRecord["history"];
}

type Row<K extends ClinicalResource> = K extends "sessions"
  ? PatientRecord["sessions"][number]
  : K extends "measurements"
    ? PatientRecord["measurements"][number]
    : K extends "medications"
      ? PatientRecord["medications"][number]
      : K extends "events"
        ? PatientRecord["events"][number]
        : K extends "priorTreatments"
          ? PatientRecord["priorTreatments"][number]
          : PatientRecord["diagnoses"][number];
export type ClinicalRow<K extends ClinicalResource> = Row<K>;

/**
 * Everything one request may do inside one clinic, in one transaction under row-level security.
 * Inputs have been validated at the HTTP or CLI boundary; the store trusts their types.
 */
export interface ClinicScope {
  readonly clinic: Clinic;
  listPatients(
    search: PatientSearch,
  ): Promise<{ readonly patients: PatientSummary[]; readonly total: number }>;
  getPatient(id: string): Promise<PatientSummary | null>;
  createPatient(input: NewPatient): Promise<PatientSummary>;
  /** Demographic correction: recorded as an amendment with its reason. */
  updatePatient(id: string, changes: Partial<NewPatient>, reason: string): Promise<PatientSummary | null>;
  setPatientStatus(id: string, status: PatientStatus, reason: string): Promise<PatientSummary | null>;
  /** The engine's input, exactly: what assess() reads. Null for an unknown (or another clinic's) patient. */
  loadRecord(patientId: string): Promise<PatientRecord | null>;
  list<K extends ClinicalResource>(patientId: string, resource: K): Promise<Stored<ClinicalRow<K>>[]>;
  add<K extends ClinicalResource>(
    patientId: string,
    resource: K,
    data: ClinicalRow<K>,
  ): Promise<Stored<ClinicalRow<K>>>;
  /** A correction: the new value replaces the old in the record; the old one stays in the amendment. */
  amend<K extends ClinicalResource>(
    patientId: string,
    resource: K,
    rowId: string,
    data: ClinicalRow<K>,
    reason: string,
  ): Promise<Stored<ClinicalRow<K>> | null>;
  recordDecision(input: Omit<Decision, "id" | "decidedBy" | "decidedAt">): Promise<Decision>;
  listDecisions(patientId: string): Promise<Decision[]>;
  startCourse(
    patientId: string,
    input: { readonly modality: Modality; readonly startDate: string; readonly schedule: SelfReportSchedule },
  ): Promise<Course>;
  listCourses(patientId: string): Promise<Course[]>;
  /** Intake re-evaluations, coverage facts, the price list and pathway decisions (src/store/intake-repository.ts). */
  readonly intake: IntakeScope;
  /** Clinical documents: drafts, versions, signing (src/store/document-repository.ts). */
  readonly documents: DocumentScope;
  createSelfReportLink(input: NewSelfReportLink): Promise<SelfReportLink>;
  listSelfReportLinks(patientId: string): Promise<SelfReportLink[]>;
  /** Alerts of one patient, or of the whole clinic; `open` keeps only those not yet acknowledged. */
  listAlerts(filter: { readonly patientId?: string; readonly open?: boolean }): Promise<SafetyAlert[]>;
  /** Null for an unknown alert; an already acknowledged alert comes back unchanged. */
  acknowledgeAlert(id: string, note: string): Promise<SafetyAlert | null>;
  getNotificationSettings(): Promise<NotificationSettings>;
  setNotificationSettings(settings: NotificationSettings): Promise<NotificationSettings>;
  /** The clinic's active patients with records, courses and answered links, plus open alerts. */
  loadWorklist(): Promise<WorklistData>;
  /** Appends to the clinic's hash-chained audit log inside this transaction. */
  audit(event: Omit<AuditInput, "clinicId" | "userId" | "role" | "address">): Promise<void>;
  listAudit(page: { readonly afterSeq: number; readonly limit: number }): Promise<AuditEvent[]>;
}

/** Cross-clinic lookups that sign-in needs before a clinic is known; nothing else. */
export interface AuthStore {
  findCredentials(email: string): Promise<Credentials | null>;
  recordLoginFailure(userId: string, lockedUntil: Date | null): Promise<void>;
  recordLoginSuccess(userId: string): Promise<void>;
  setTotp(userId: string, secret: string | null, enrolled: boolean): Promise<void>;
  /** Records `step` as used if no later-or-equal step was; false means the code was already spent (a replay). */
  claimTotpStep(userId: string, step: number): Promise<boolean>;
  createSession(input: {
    readonly id: string;
    readonly userId: string;
    readonly expiresAt: Date;
  }): Promise<void>;
  /**
   * Valid (not revoked, not expired at `now`) session, extended to `expiresAt`; written only when its
   * expiry is before `writeIfBefore` (when given), else returned as it is.
   */
  touchSession(id: string, now: Date, expiresAt: Date, writeIfBefore?: Date): Promise<AuthSession | null>;
  revokeSession(id: string): Promise<void>;
  revokeUserSessions(userId: string): Promise<void>;
}

export interface AdminStore {
  createClinic(name: string): Promise<Clinic>;
  findClinicByName(name: string): Promise<Clinic | null>;
  createUser(input: {
    readonly clinicId: string;
    readonly email: string;
    readonly role: Role;
    readonly passwordHash: string;
  }): Promise<User>;
  setClinicRequireMfa(clinicId: string, required: boolean): Promise<void>;
}

export interface Store {
  /** One transaction, scoped to one clinic by row-level security; audited as `actor`. */
  inClinic<T>(actor: Actor, fn: (scope: ClinicScope) => Promise<T>): Promise<T>;
  readonly auth: AuthStore;
  readonly admin: AdminStore;
  /** Patient links, reached by token rather than by a signed-in user; and the alert sweep. */
  readonly selfReport: SelfReportStore;
  /** Appends an audit event outside any request transaction (denied or failed requests, sign-in). */
  auditStandalone(event: AuditInput): Promise<void>;
  /** Re-walks every chain; reports the first break. */
  verifyAudit(): Promise<{
    readonly ok: boolean;
    readonly checked: number;
    readonly firstBreak: number | null;
  }>;
  close(): Promise<void>;
}
