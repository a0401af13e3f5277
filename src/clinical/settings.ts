// Clinic settings: the choices where published sources disagree. Defaults follow seed 003 where it
// speaks; every assessment reports the settings it used. See docs/clinic-settings.md.

import { z } from "zod";

export const clinicSettingsSchema = z.object({
  /** MADRS remission when total ≤ this. Seed 003: ≤10; other definitions use ≤12 (or <11, the same as ≤10). */
  madrsRemissionMax: z.number().int().min(7).max(12).default(10),
  /** PHQ-9 response: a 50% fall (seed 003's general rule), or also any score under 10 as some programmes count it. */
  phq9Response: z.enum(["fifty-percent", "fifty-percent-or-below-10"]).default("fifty-percent"),
  /** Adequate failed antidepressant trials in this episode that make depression treatment-resistant. */
  trdMinimumFailedTrials: z.number().int().min(2).max(4).default(2),
  /** Weeks at or above the minimum dose for an antidepressant trial to count as adequate (Sforzini 2022: 4; ATHF and common practice: 6). */
  antidepressantTrialMinWeeks: z.number().int().min(4).max(12).default(6),
  /** Hold dosing when pre-dose blood pressure is above either figure (mmHg). */
  bloodPressureHoldSystolic: z.number().int().min(120).max(200).default(140),
  bloodPressureHoldDiastolic: z.number().int().min(70).max(120).default(90),
  /** Which body weight mg/kg doses are computed on when the record does not say. */
  doseWeightBasis: z.enum(["actual", "ideal", "adjusted"]).default("actual"),
  /** CADSS total at or below which dissociation counts as minimal. */
  cadssMinimalMax: z.number().int().min(0).max(92).default(10),
  /** CADSS total at or above which dissociation counts as marked. */
  cadssMarkedMin: z.number().int().min(1).max(92).default(25),
  /** Treatments, with optimization, after which clear non-response supports stopping (seed 003: 8–12). */
  discontinueAfterOptimizedTreatments: z.number().int().min(6).max(20).default(8),
  /** Treatments, with several strategies tried, after which no trajectory toward response supports stopping (seed 003: 10–12). */
  discontinueAfterTreatmentsWithoutTrajectory: z.number().int().min(8).max(24).default(10),
});

export type ClinicSettings = z.output<typeof clinicSettingsSchema>;
export type ClinicSettingsInput = z.input<typeof clinicSettingsSchema>;

export const defaultSettings: ClinicSettings = clinicSettingsSchema.parse({});
