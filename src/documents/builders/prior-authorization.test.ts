// The prior-authorization packet: trials judged adequate or not, severity, rationale, benefits and the estimate.

import { describe, expect, it } from "vitest";
import { assess, intakeRecordSchema, type PatientRecord } from "../../clinical/index.ts";
import { demoInputFor } from "../demo-documents.ts";
import type { ClinicalDocument, DocumentSection } from "../document-model.ts";
import { clinicalDocumentSchema } from "../document-schema.ts";
import { buildPriorAuthorization, type PriorAuthorizationInput } from "./prior-authorization.ts";
import { demoPriorAuthorizationInput } from "./prior-authorization-demo.ts";

const today = "2026-11-28";
const esketamine = demoPriorAuthorizationInput(today, "esketamine");

function section(doc: ClinicalDocument, heading: string): string {
  const found: DocumentSection | undefined = doc.sections.find((s) => s.heading === heading);
  if (found === undefined) throw new Error(`no section ${heading}`);
  return found.blocks
    .flatMap((b) => {
      switch (b.kind) {
        case "facts":
          return b.rows.map((r) => `${r.label}: ${r.value}`);
        case "table":
          return [b.caption ?? "", ...b.rows.map((r) => r.join(" | "))];
        case "list":
          return [...b.items];
        case "signature":
          return [...b.lines];
        case "trajectory-chart":
          return [b.altText];
        default:
          return [b.text];
      }
    })
    .join("\n");
}

/** The same input with the record changed and the assessment redone, as the route would build it. */
function withRecord(
  input: PriorAuthorizationInput,
  change: (r: PatientRecord) => PatientRecord,
): PriorAuthorizationInput {
  const record = change(input.record);
  return { ...input, record, assessment: assess(record, today, input.assessment.settings) };
}

describe("the treatment history", () => {
  const doc = buildPriorAuthorization(esketamine);

  it("flags each antidepressant trial adequate or not, with dose, duration and why", () => {
    const trials = section(doc, "Antidepressant trials");
    expect(trials).toContain("sertraline | 150 mg | 10 weeks | no response | yes: adequate, did not work");
    expect(trials).toContain(
      "venlafaxine XR | 225 mg | 8 weeks | partial response | yes: adequate, did not work",
    );
    expect(trials).toMatch(
      /mirtazapine \| 15 mg \| 3 weeks \| not tolerated \| no: not an adequate trial \|.*3 weeks is shorter/,
    );
    expect(trials).toContain("2 adequate failed antidepressant trials on record");
    // The store reads documents back through this schema before rendering them again.
    expect(clinicalDocumentSchema.safeParse(doc).success).toBe(true);
    expect(section(doc, "Augmentation and other treatments")).toContain(
      "augmentation | aripiprazole | 5 mg | 8 weeks | no response",
    );
  });

  it("shows a trial without a dose as impossible to judge, not as adequate", () => {
    const input = withRecord(esketamine, (r) => ({
      ...r,
      priorTreatments: r.priorTreatments.map((t) => {
        if (t.name !== "sertraline") return t;
        const { dailyDoseMg: _, ...rest } = t;
        return rest;
      }),
    }));
    const out = buildPriorAuthorization(input);
    expect(section(out, "Antidepressant trials")).toMatch(
      /sertraline \| not recorded \| 10 weeks \| no response \| cannot tell: data missing/,
    );
    expect(section(out, "Clinical rationale")).toContain("falls short of the clinic's definition");
  });

  it("follows the clinic's TRD setting", () => {
    const strict = withRecord(esketamine, (r) => r);
    const settings = { ...strict.assessment.settings, trdMinimumFailedTrials: 3 };
    const out = buildPriorAuthorization({ ...strict, assessment: assess(strict.record, today, settings) });
    expect(section(out, "Antidepressant trials")).toContain("asks for at least 3");
    expect(section(out, "Clinical rationale")).toContain(
      "falls short of the clinic's definition of treatment-resistant depression (at least 3",
    );
    expect(section(doc, "Clinical rationale")).toContain(
      "This meets the clinic's definition of treatment-resistant depression (at least 2",
    );
  });

  it("lists psychotherapy tried and current severity with its band", () => {
    expect(section(doc, "Psychotherapy")).toContain("CBT, 14 sessions | 16 weeks | partial response");
    expect(section(doc, "Psychotherapy")).toContain("In psychotherapy now: yes");
    const severity = section(doc, "Current severity");
    expect(severity).toMatch(
      /Montgomery.*Depression Rating Scale \| 25 Nov 2026 \| 31 of 60 \| Moderate depression/,
    );
    expect(severity).toContain("18 of 27");
  });

  it("says so when there is no diagnosis, no rating and no prior treatment", () => {
    const bare = withRecord(esketamine, (r) => ({
      ...r,
      diagnoses: [],
      measurements: [],
      priorTreatments: [],
    }));
    const out = buildPriorAuthorization(bare);
    expect(section(out, "Diagnosis")).toContain("No diagnosis is recorded");
    expect(section(out, "Current severity")).toContain("No depression rating is recorded");
    expect(section(out, "Antidepressant trials")).toContain("No antidepressant trials are recorded");
    expect(section(out, "Psychotherapy")).toContain("No course of psychotherapy is recorded");
    expect(out.sections.map((s) => s.heading)).toEqual(doc.sections.map((s) => s.heading));
  });
});

describe("the rationale", () => {
  it("assembles diagnosis, resistance, other care, severity and the request from the record", () => {
    const text = section(buildPriorAuthorization(esketamine), "Clinical rationale");
    expect(text).toContain("51 years old, has Major depressive disorder, recurrent, severe (F33.2)");
    expect(text).toContain(
      "sertraline (150 mg/day, 10 weeks, no response) and venlafaxine XR (225 mg/day, 8 weeks, partial response)",
    );
    expect(text).toContain(
      "Not counted: mirtazapine (15 mg/day, 3 weeks, not tolerated), not an adequate trial",
    );
    expect(text).toContain("Augmentation was also tried: aripiprazole");
    expect(text).toContain("Requested: esketamine nasal spray, 8 sessions");
    expect(text).toContain("Current medication: venlafaxine XR 225 mg daily and aripiprazole 5 mg daily");
    const tms = section(
      buildPriorAuthorization(demoPriorAuthorizationInput(today, "tms")),
      "Clinical rationale",
    );
    expect(tms).toContain("Requested: TMS, 30 sessions");
  });

  it("quotes the intake's staging when there is one, and leaves earlier-episode trials uncounted", () => {
    const intake = intakeRecordSchema.parse({
      evaluatedOn: "2026-11-20",
      diagnosis: { code: "F33.2", confidence: "confirmed", episodeStart: "2025-03-01", severity: "moderate" },
      treatments: [
        ...esketamine.record.priorTreatments,
        {
          type: "antidepressant",
          name: "fluoxetine",
          dailyDoseMg: 40,
          weeks: 12,
          outcome: "no-response",
          thisEpisode: false,
        },
      ],
      practical: { canAttendDaily: true, canStayTwoHours: true, hasDriver: true, travelMinutes: 30 },
    });
    const out = buildPriorAuthorization({ ...esketamine, intake });
    expect(section(out, "Antidepressant trials")).toContain(
      "fluoxetine | 40 mg | 12 weeks | no response | earlier episode: not counted",
    );
    const text = section(out, "Clinical rationale");
    expect(text).toContain("In this episode 2 antidepressant trials");
    expect(text).toMatch(/Maudsley Staging Method score at intake: \d+ of 15/);
    expect(section(out, "Diagnosis")).toContain("This episode began: 1 Mar 2025");
  });

  it("names the safety concern the assessment raises", () => {
    const input = {
      ...demoInputFor("PHQ-9 item 9 positive mid-induction", today, "coordinator"),
      pathway: "esketamine" as const,
    };
    const out = buildPriorAuthorization(input);
    const safety = section(out, "Safety");
    const rec = input.assessment.recommendations.find((r) => r.code === "suicide-risk");
    expect(rec).toBeDefined();
    expect(safety).toContain(rec?.title ?? "?");
    expect(section(buildPriorAuthorization(esketamine), "Safety")).toContain("raises no safety concern");
  });
});

describe("the benefits-check worksheet", () => {
  it("shows the coverage facts as entered and the estimate with its arithmetic", () => {
    const doc = buildPriorAuthorization(esketamine);
    const facts = section(doc, "Benefits-check worksheet");
    expect(facts).toContain("Plan: Lakeside Mutual PPO (synthetic)");
    expect(facts).toContain("Deductible remaining: $750.00");
    expect(facts).toContain("Coinsurance: 20%");
    expect(facts).toContain("Prior authorization status: not started");
    const estimate = section(doc, "Out-of-pocket estimate");
    // Allowed per session $320 + $880 drug = $1,200; session 1: $750 deductible + 20% of $450; then 20% of $1,200.
    expect(estimate).toContain("Estimated out-of-pocket for 8 sessions: $2,520.00");
    expect(estimate).toContain("Full self-pay price: $11,200.00");
    expect(estimate).toContain(
      "Session 1 | allowed $1,200.00; deductible $750.00; 20% coinsurance on $450.00 = $90.00",
    );
    expect(estimate).toContain("Total |  | $2,520.00");
  });

  it("gives a flagged range when cover is unknown (the TMS check)", () => {
    const estimate = section(
      buildPriorAuthorization(demoPriorAuthorizationInput(today, "tms")),
      "Out-of-pocket estimate",
    );
    expect(estimate).toMatch(/Estimated out-of-pocket for 30 sessions: between \$[\d,.]+ and \$[\d,.]+/);
    expect(estimate).toContain("High figure, step by step");
  });

  it("keeps the worksheet with blanks to fill when nothing was entered, and says no estimate can be made", () => {
    const { coverage: _c, priceList: _p, ...rest } = esketamine;
    const doc = buildPriorAuthorization(rest);
    const facts = section(doc, "Benefits-check worksheet");
    expect(facts).toContain("No benefits check is recorded for this pathway");
    expect(facts).toContain("Deductible remaining: not entered");
    expect(facts).toContain("Plan: not entered");
    expect(section(doc, "Out-of-pocket estimate")).toContain("no price list on file");
    const tmsCover = { ...esketamine, pathway: "tms" as const };
    expect(section(buildPriorAuthorization(tmsCover), "Benefits-check worksheet")).toContain(
      "No benefits check is recorded",
    );
  });
});
