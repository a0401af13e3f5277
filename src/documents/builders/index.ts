// The document kinds the service generates, by kind; each takes the common input plus the optional extras below.

import type { Coverage, IntakeRecord, PriceList } from "../../clinical/index.ts";
import type { DocumentBuilder, DocumentInput, DocumentKind } from "../document-model.ts";
import { buildCourseRecord } from "./course-record.ts";
import { buildDiscontinuationSummary } from "./discontinuation-summary.ts";
import { buildPatientLetter } from "./patient-letter.ts";
import { buildPriorAuthorization, type RequestedPathway } from "./prior-authorization.ts";
import { buildReferralReport } from "./referral-report.ts";
import { buildRemsMonitoring, type SessionSelector } from "./rems-monitoring.ts";

/** What some kinds need beyond the record: the caller loads or chooses these; kinds that do not need them ignore them. */
export interface DocumentExtras {
  /** rems-monitoring: which esketamine session; the latest one with observation data when absent. */
  readonly session?: SessionSelector;
  /** prior-authorization: the treatment the packet asks for (required for that kind). */
  readonly pathway?: RequestedPathway;
  readonly intake?: IntakeRecord;
  readonly coverage?: Coverage;
  readonly priceList?: PriceList;
}

export type GenerateInput = DocumentInput & DocumentExtras;

function priorAuthorization(input: GenerateInput) {
  const { pathway } = input;
  // The service resolves the pathway (or answers 400 naming it) before building.
  if (pathway === undefined) throw new Error("a prior-authorization packet needs its pathway");
  return buildPriorAuthorization({ ...input, pathway });
}

export const documentBuilders: Partial<Readonly<Record<DocumentKind, DocumentBuilder<GenerateInput>>>> = {
  "course-record": buildCourseRecord,
  "referral-report": buildReferralReport,
  "discontinuation-summary": buildDiscontinuationSummary,
  "patient-letter": buildPatientLetter,
  "rems-monitoring": buildRemsMonitoring,
  "prior-authorization": priorAuthorization,
};

export {
  buildPriorAuthorization,
  type PriorAuthorizationInput,
  type RequestedPathway,
  requestedPathways,
} from "./prior-authorization.ts";
export {
  buildRemsMonitoring,
  type RemsMonitoringInput,
  type SessionSelector,
  selectRemsSession,
} from "./rems-monitoring.ts";
export { buildCourseRecord, buildDiscontinuationSummary, buildPatientLetter, buildReferralReport };
