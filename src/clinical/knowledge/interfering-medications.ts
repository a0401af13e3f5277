// Medications that may blunt or complicate a ketamine or esketamine response (seed 003, step 3), as data.

import { onOrBefore } from "../dates.ts";
import type { Medication } from "../record.ts";
import { type Source, seed } from "./source.ts";

export const interferingClassIds = [
  "benzodiazepine",
  "lamotrigine",
  "memantine",
  "naltrexone",
  "opioid",
] as const;
export type InterferingClassId = (typeof interferingClassIds)[number];

export type InterferingCode =
  | "taper-benzodiazepine"
  | "monitor-lamotrigine"
  | "avoid-memantine"
  | "hold-naltrexone-72h"
  | "opioid-cross-tolerance";

export interface InterferingClass {
  readonly id: InterferingClassId;
  /** How the class is named to a clinician. */
  readonly label: string;
  /** Short title of the recommendation it triggers. */
  readonly title: string;
  /** Why it matters for a ketamine-family course. */
  readonly concern: string;
  /** What to do about it. */
  readonly action: string;
  readonly code: InterferingCode;
  /** Generic and brand names, lower case, that identify the class inside free text. */
  readonly names: readonly string[];
  readonly source: Source;
}

const step3 = seed("003", "Step 3: Evaluate Concurrent Medications");

export const interferingClasses: readonly InterferingClass[] = [
  {
    id: "benzodiazepine",
    label: "Benzodiazepine",
    title: "Taper the benzodiazepine, or hold it on treatment days",
    concern: "Benzodiazepines can weaken the antidepressant effect of ketamine and esketamine.",
    action:
      "Taper when it can be done safely; otherwise leave out the dose on treatment days, before the session.",
    code: "taper-benzodiazepine",
    names: [
      "alprazolam",
      "xanax",
      "niravam",
      "clonazepam",
      "klonopin",
      "lorazepam",
      "ativan",
      "loreev",
      "diazepam",
      "valium",
      "valtoco",
      "diastat",
      "temazepam",
      "restoril",
      "chlordiazepoxide",
      "librium",
      "librax",
      "limbitrol",
      "clorazepate",
      "tranxene",
      "oxazepam",
      "serax",
      "triazolam",
      "halcion",
      "estazolam",
      "prosom",
      "flurazepam",
      "dalmane",
      "quazepam",
      "doral",
      "midazolam",
      "versed",
      "nayzilam",
      "seizalam",
      "clobazam",
      "onfi",
      "sympazan",
      "remimazolam",
      "byfavo",
    ],
    source: step3,
  },
  {
    id: "lamotrigine",
    label: "Lamotrigine",
    title: "Lamotrigine: keep an eye on the response",
    concern:
      "Lamotrigine acts on glutamate release, so in theory it could interact; clinical evidence is thin.",
    action: "No change needed on present evidence; keep watching the response.",
    code: "monitor-lamotrigine",
    names: ["lamotrigine", "lamictal", "subvenite"],
    source: step3,
  },
  {
    id: "memantine",
    label: "Memantine",
    title: "Stop memantine during the course",
    concern: "Memantine blocks the same NMDA receptor as ketamine, so the two compete.",
    action: "Do not combine memantine with a ketamine-family course.",
    code: "avoid-memantine",
    names: ["memantine", "namenda", "namzaric"],
    source: step3,
  },
  {
    id: "naltrexone",
    label: "Naltrexone",
    title: "Hold naltrexone for 72 hours before each treatment",
    concern: "Opioid blockade by naltrexone may cancel part of ketamine's effect.",
    action: "Hold naltrexone for 72 hours before each treatment.",
    code: "hold-naltrexone-72h",
    names: ["naltrexone", "revia", "depade", "vivitrol", "contrave", "mysimba"],
    source: step3,
  },
  {
    id: "opioid",
    label: "Opioid",
    title: "Opioid use: possible cross-tolerance",
    concern: "Regular or heavy opioid use may bring cross-tolerance to ketamine.",
    action: "Consider adjusting the ketamine dose and review the opioid regimen.",
    code: "opioid-cross-tolerance",
    names: [
      "oxycodone",
      "oxycontin",
      "percocet",
      "roxicodone",
      "roxicet",
      "endocet",
      "xtampza",
      "oxaydo",
      "hydrocodone",
      "norco",
      "vicodin",
      "lortab",
      "hysingla",
      "zohydro",
      "morphine",
      "ms contin",
      "kadian",
      "arymo",
      "methadone",
      "dolophine",
      "methadose",
      "buprenorphine",
      "suboxone",
      "subutex",
      "sublocade",
      "butrans",
      "belbuca",
      "zubsolv",
      "brixadi",
      "fentanyl",
      "duragesic",
      "actiq",
      "fentora",
      "subsys",
      "hydromorphone",
      "dilaudid",
      "exalgo",
      "oxymorphone",
      "opana",
      "tapentadol",
      "nucynta",
      "tramadol",
      "ultram",
      "ultracet",
      "conzip",
      "codeine",
      "dihydrocodeine",
      "meperidine",
      "pethidine",
      "demerol",
      "levorphanol",
      "pentazocine",
      "butorphanol",
      "nalbuphine",
      "oliceridine",
      "olinvyk",
    ],
    source: step3,
  },
];

/**
 * A pattern matching any of the names as a whole word. Boundaries are letters only, so a dose
 * written flush against the name ("Xanax0.5") still matches while "apomorphine" does not.
 */
function namePattern(names: readonly string[]): RegExp {
  const alternatives = names.map((name) =>
    name
      .split(/[\s-]+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s-]*"),
  );
  return new RegExp(`(?<![a-z])(?:${alternatives.join("|")})(?![a-z])`, "i");
}

const classPatterns = interferingClasses.map((cls) => ({ cls, pattern: namePattern(cls.names) }));
const lithiumPattern = namePattern(["lithium", "lithobid", "eskalith", "lithonate", "lithotabs"]);

/** Every interfering class a medication name belongs to (a combination product can belong to more than one). */
export function interferingClassesOf(name: string): InterferingClass[] {
  const out: InterferingClass[] = [];
  for (const { cls, pattern } of classPatterns) if (pattern.test(name)) out.push(cls);
  return out;
}

/** Lithium in any salt or brand. */
export function isLithium(name: string): boolean {
  return lithiumPattern.test(name);
}

/** Taken on `asOf`: started on or before it (or no start recorded) and not yet stopped. */
export function isActiveOn(medication: Medication, asOf: string): boolean {
  const started = medication.start === undefined || onOrBefore(medication.start, asOf);
  const stopped = medication.end !== undefined && onOrBefore(medication.end, asOf);
  return started && !stopped;
}

export interface ActiveInterferingMedication {
  /** Index into record.medications, for evidence paths. */
  readonly index: number;
  readonly medication: Medication;
  readonly interferingClass: InterferingClass;
}

/** What a medication name says, read once per assessment: the name patterns are the costly part. */
export interface MedicationKind {
  readonly classes: readonly InterferingClass[];
  readonly lithium: boolean;
}

const noClasses: readonly InterferingClass[] = [];

export function medicationKind(medication: Medication): MedicationKind {
  const classes = interferingClassesOf(medication.name);
  return { classes: classes.length === 0 ? noClasses : classes, lithium: isLithium(medication.name) };
}

export function medicationKinds(medications: readonly Medication[]): MedicationKind[] {
  return medications.map(medicationKind);
}

/**
 * The active medications that fall in an interfering class, in record order, one entry per class
 * matched. `kinds`, when given, is medicationKinds(medications), already worked out.
 */
export function interferingMedications(
  medications: readonly Medication[],
  asOf: string,
  kinds?: readonly MedicationKind[],
): ActiveInterferingMedication[] {
  const out: ActiveInterferingMedication[] = [];
  medications.forEach((medication, index) => {
    if (!isActiveOn(medication, asOf)) return;
    const classes = (kinds?.[index] ?? medicationKind(medication)).classes;
    for (const interferingClass of classes) out.push({ index, medication, interferingClass });
  });
  return out;
}
