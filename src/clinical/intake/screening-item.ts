// One screening item as a finding: code, severity, title, reason, the intake field it rests on, and its source.

import type { Finding, Severity } from "../assessment.ts";
import { ev } from "../finding.ts";
import type { Source } from "../knowledge/source.ts";

export function item(
  code: string,
  severity: Severity,
  title: string,
  detail: string,
  field: string,
  value: string | boolean,
  source: Source,
): Finding {
  return { code, severity, title, detail, evidence: [ev(field, value)], source };
}
