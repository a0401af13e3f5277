// The screening items ketamine and esketamine share: vascular disease, allergy, blood pressure, pregnancy,
// psychosis and substance use, each a hard stop or a caution, coded per pathway.

import type { Finding, Severity } from "../assessment.ts";
import { ketamineConsensus } from "../knowledge/screening-sources.ts";
import type { Source } from "../knowledge/source.ts";
import type { IntakeRecord } from "./intake-record.ts";
import { item } from "./screening-item.ts";

/** One shared item: raised when `field` holds `value`; the label's items cite the drug's own label. */
interface FamilyItem {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly detail: string;
  readonly field: string;
  readonly value: string | boolean;
  readonly fromLabel: boolean;
}

type ItemText = [code: string, title: string, detail: string, field: string, value: string | boolean];

/** The items the intake raises, in the order they are screened; at most one per condition. */
function familyItems(intake: IntakeRecord): FamilyItem[] {
  const m = intake.medical;
  const out: FamilyItem[] = [];
  const add = (severity: Severity, fromLabel: boolean, [code, title, detail, field, value]: ItemText) =>
    out.push({ code, severity, title, detail, field, value, fromLabel });
  if (m.aneurysmalVascularDisease)
    add("critical", true, [
      "aneurysm",
      "Aneurysmal vascular disease",
      "An aneurysm of the aorta or of the brain's or limbs' arteries could rupture with the rise in blood pressure after a dose.",
      "medical.aneurysmalVascularDisease",
      true,
    ]);
  if (m.arteriovenousMalformation)
    add("critical", true, [
      "avm",
      "Arteriovenous malformation",
      "The rise in blood pressure after a dose could make a malformation bleed.",
      "medical.arteriovenousMalformation",
      true,
    ]);
  if (m.intracerebralHemorrhage)
    add("critical", true, [
      "ich",
      "Past bleeding in the brain",
      "A past intracerebral haemorrhage rules out a treatment that raises blood pressure.",
      "medical.intracerebralHemorrhage",
      true,
    ]);
  if (m.ketamineHypersensitivity)
    add("critical", true, [
      "hypersensitivity",
      "Allergy to ketamine or esketamine",
      "A known allergic reaction to either drug or an ingredient rules both out.",
      "medical.ketamineHypersensitivity",
      true,
    ]);
  if (m.hypertension === "uncontrolled")
    add("critical", true, [
      "hypertension",
      "Uncontrolled high blood pressure",
      "Blood pressure must be controlled before a dose can be given.",
      "medical.hypertension",
      m.hypertension,
    ]);
  else if (m.hypertension === "controlled")
    add("warning", true, [
      "hypertension-controlled",
      "Treated high blood pressure",
      "Check pressure before every dose and follow it during observation.",
      "medical.hypertension",
      m.hypertension,
    ]);
  if (m.pregnancy === "pregnant")
    add("critical", true, [
      "pregnancy",
      "Pregnancy",
      "Not given in pregnancy because of possible harm to the baby.",
      "medical.pregnancy",
      m.pregnancy,
    ]);
  else if (m.pregnancy === "planning-or-possible")
    add("warning", true, [
      "pregnancy-possible",
      "Pregnancy possible or planned",
      "Confirm pregnancy status before each course and discuss contraception.",
      "medical.pregnancy",
      m.pregnancy,
    ]);
  // An episode staged as severe with psychotic features is current psychosis, whatever the medical history says.
  if (m.psychosis === "current" || intake.diagnosis.severity === "severe-psychotic")
    add("critical", false, [
      "psychosis",
      "Current psychosis",
      "A dissociative drug can worsen active psychosis.",
      m.psychosis === "current" ? "medical.psychosis" : "diagnosis.severity",
      m.psychosis === "current" ? m.psychosis : intake.diagnosis.severity,
    ]);
  else if (m.psychosis === "past")
    add("warning", false, [
      "psychosis-past",
      "Past psychosis",
      "Ask about and watch for returning psychotic symptoms.",
      "medical.psychosis",
      m.psychosis,
    ]);
  if (m.substanceUse === "active")
    add("critical", false, [
      "substance-use",
      "Active substance use",
      "Ketamine-class drugs can be misused; active use is addressed first.",
      "medical.substanceUse",
      m.substanceUse,
    ]);
  else if (m.substanceUse === "past")
    add("warning", false, [
      "substance-use-past",
      "Past substance use",
      "Discuss misuse risk and watch for cravings.",
      "medical.substanceUse",
      m.substanceUse,
    ]);
  else if (intake.coOccurring.includes("substance-use"))
    add("warning", false, [
      "substance-use-unclear",
      "Substance use listed, status not recorded",
      "Substance use is named as a co-occurring condition but the medical history records none: settle whether it is active before dosing.",
      "coOccurring",
      "substance-use",
    ]);
  return out;
}

/** The contraindications ketamine and esketamine share, coded per pathway, with the label or consensus each rests on. */
export function screenKetamineFamily(intake: IntakeRecord, prefix: string, label: Source): Finding[] {
  return familyItems(intake).map((f) =>
    item(
      `${prefix}-${f.code}`,
      f.severity,
      f.title,
      f.detail,
      f.field,
      f.value,
      f.fromLabel ? label : ketamineConsensus,
    ),
  );
}
