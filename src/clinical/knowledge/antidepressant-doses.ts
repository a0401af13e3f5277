// What makes an antidepressant trial adequate: the minimum licensed daily dose per drug, the minimum duration,
// and the treatment-resistance and Maudsley staging rules, each with its published source.

import { reference, type Source } from "./source.ts";

export const sforzini2022 = reference(
  "sforzini-2022",
  "Sforzini L, et al. A Delphi-method-based consensus guideline for definition of treatment-resistant depression for clinical trials. Mol Psychiatry 2022;27:1286-1299",
);

export const fekadu2009 = reference(
  "fekadu-2009",
  "Fekadu A, et al. A multidimensional tool to quantify treatment resistance in depression: the Maudsley Staging Method. J Clin Psychiatry 2009;70(2):177-184",
);

export const usLabels = reference(
  "us-antidepressant-labels",
  "US prescribing information for each antidepressant listed, section 2 (dosage and administration): the lowest daily dose the label expects to work in major depressive disorder (its usual target dose where it names one, e.g. bupropion 300 mg, phenelzine at least 60 mg)",
);

export interface MinimumDose {
  /** Lower-case generic name; brand names are matched through `aliases`. */
  readonly drug: string;
  readonly aliases: readonly string[];
  readonly minDailyMg: number;
  readonly source: Source;
}

// Minimum licensed doses for depression (Sforzini 2022 counts a trial at or above the minimum licensed dose).
// Where a label starts low only to titrate to a stated effective dose, the effective dose is the minimum: a trial
// left at bupropion's 150 mg starting dose or phenelzine's 45 mg is not an adequate one.
const table: readonly [string, number, readonly string[]][] = [
  ["fluoxetine", 20, ["prozac"]],
  ["sertraline", 50, ["zoloft"]],
  ["paroxetine", 20, ["paxil"]],
  ["citalopram", 20, ["celexa"]],
  ["escitalopram", 10, ["lexapro"]],
  ["venlafaxine", 75, ["effexor"]],
  ["desvenlafaxine", 50, ["pristiq"]],
  ["duloxetine", 40, ["cymbalta"]],
  ["levomilnacipran", 40, ["fetzima"]],
  ["bupropion", 300, ["wellbutrin"]],
  ["mirtazapine", 15, ["remeron"]],
  ["vortioxetine", 10, ["trintellix"]],
  ["vilazodone", 20, ["viibryd"]],
  ["trazodone", 150, ["desyrel"]],
  ["amitriptyline", 75, ["elavil"]],
  ["nortriptyline", 75, ["pamelor"]],
  ["imipramine", 75, ["tofranil"]],
  ["desipramine", 100, ["norpramin"]],
  ["doxepin", 75, ["sinequan"]],
  ["trimipramine", 75, ["surmontil"]],
  ["protriptyline", 15, ["vivactil"]],
  ["phenelzine", 60, ["nardil"]],
  ["tranylcypromine", 30, ["parnate"]],
];

export const minimumDoses: readonly MinimumDose[] = table.map(([drug, minDailyMg, aliases]) => ({
  drug,
  aliases,
  minDailyMg,
  source: usLabels,
}));

/**
 * Combination products whose recorded dose cannot be read against one ingredient's minimum: dextromethorphan-
 * bupropion's bupropion content (210 mg a day) is below bupropion's own minimum, yet it is a full dose of its own.
 */
const combinations = ["dextromethorphan", "auvelity"];

/** The entry for a drug named as a clinician would write it ("Sertraline", "Zoloft 100 mg"); none for combinations. */
export function minimumDoseFor(name: string): MinimumDose | undefined {
  const words = name.toLowerCase().split(/[^a-z]+/);
  if (combinations.some((c) => words.includes(c))) return undefined;
  return minimumDoses.find((d) => words.includes(d.drug) || d.aliases.some((a) => words.includes(a)));
}

/** The Maudsley Staging Method's bands, in order. */
export const maudsley = {
  /** Episode duration in months: up to 12 scores 1, 13–24 scores 2, longer scores 3. */
  durationMonths: [12, 24] as const,
  severity: { subsyndromal: 1, mild: 2, moderate: 3, severe: 4, "severe-psychotic": 5 } as const,
  /** Failed antidepressants: up to 2 scores 1 (the method's lowest level), 3–4 → 2, 5–6 → 3, 7–10 → 4, more → 5. */
  failedMedicationBands: [2, 4, 6, 10] as const,
  /** Totals: 3–6 mild, 7–10 moderate, 11–15 severe. */
  totalBands: [6, 10] as const,
  source: fekadu2009,
} as const;
