// Benefits-check facts per patient and pathway, and the clinic's price list: zod schemas, money in cents.

import { z } from "zod";
import { modalities } from "../protocols/protocol.ts";

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** Money is whole cents, never a float of dollars, so sums are exact. */
export const centsSchema = z
  .number()
  .int("must be a whole number of cents")
  .min(0, "must be 0 or more")
  .max(100_000_000, "must be at most 1,000,000.00");

export const coverageAnswers = ["yes", "no", "unknown"] as const;
export type CoverageAnswer = (typeof coverageAnswers)[number];

export const priorAuthStatuses = [
  "not-needed",
  "not-started",
  "submitted",
  "approved",
  "denied",
  "appealing",
] as const;
export type PriorAuthStatus = (typeof priorAuthStatuses)[number];

/** What a coordinator writes down after a benefits check for one pathway. */
export const coverageSchema = z.object({
  pathway: z.enum(modalities),
  covered: z.enum(coverageAnswers),
  priorAuthRequired: z.enum(coverageAnswers).default("unknown"),
  priorAuthStatus: z.enum(priorAuthStatuses).default("not-started"),
  planName: z.string().trim().max(120, "must be at most 120 characters").optional(),
  deductibleRemainingCents: centsSchema.optional(),
  coinsurancePercent: z.number().min(0, "must be 0 or more").max(100, "must be at most 100").optional(),
  copayPerVisitCents: centsSchema.optional(),
  outOfPocketMaxRemainingCents: centsSchema.optional(),
  sessionsCovered: z.number().int("must be a whole number").min(0).max(500).optional(),
  checkedOn: isoDate,
  notes: z.string().max(2000, "must be at most 2000 characters").optional(),
});
export type Coverage = z.output<typeof coverageSchema>;
export type CoverageInput = z.input<typeof coverageSchema>;

/** One charge that comes with every session of a pathway (a drug, a monitoring code). */
export const priceExtraSchema = z.object({
  label: z.string().trim().min(1, "must not be empty").max(120),
  /** A billing code such as a CPT/HCPCS code, for the coordinator's reference. */
  code: z.string().trim().max(20).optional(),
  selfPayCents: centsSchema,
  /** What plans typically allow for it; the self-pay figure when not entered. */
  allowedCents: centsSchema.optional(),
});
export type PriceExtra = z.output<typeof priceExtraSchema>;

export const pathwayPriceSchema = z.object({
  pathway: z.enum(modalities),
  /** The clinic's cash price for one session. */
  selfPayPerSessionCents: centsSchema,
  /** What a plan typically allows for one session; the self-pay figure when not entered. */
  allowedPerSessionCents: centsSchema.optional(),
  /** A package price for the induction course, covering `courseSessions` sessions. */
  selfPayCourseCents: centsSchema.optional(),
  courseSessions: z.number().int("must be a whole number").min(1).max(100).optional(),
  extras: z.array(priceExtraSchema).max(10).default([]),
});
export type PathwayPrice = z.output<typeof pathwayPriceSchema>;

export const priceListSchema = z
  .object({
    currency: z.literal("USD").default("USD"),
    effectiveFrom: isoDate,
    pathways: z.array(pathwayPriceSchema).max(modalities.length),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.pathways.forEach((price, i) => {
      if (seen.has(price.pathway)) {
        ctx.addIssue({ code: "custom", path: ["pathways", i, "pathway"], message: "is listed twice" });
      }
      seen.add(price.pathway);
      if ((price.selfPayCourseCents === undefined) !== (price.courseSessions === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: ["pathways", i, "courseSessions"],
          message: "a course price needs its number of sessions, and the other way round",
        });
      }
    });
  });
export type PriceList = z.output<typeof priceListSchema>;
export type PriceListInput = z.input<typeof priceListSchema>;
