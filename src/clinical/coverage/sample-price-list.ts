// A synthetic clinic price list for tests: TMS with a course package, esketamine with its drug as an extra, and
// IV ketamine self-pay only.

import type { PriceListInput } from "./coverage-schema.ts";

export const samplePriceList: PriceListInput = {
  effectiveFrom: "2026-01-01",
  pathways: [
    {
      pathway: "tms",
      selfPayPerSessionCents: 30000,
      allowedPerSessionCents: 20000,
      selfPayCourseCents: 750000,
      courseSessions: 36,
    },
    {
      pathway: "esketamine",
      selfPayPerSessionCents: 40000,
      allowedPerSessionCents: 30000,
      extras: [
        { label: "Esketamine 56–84 mg (drug)", code: "S0013", selfPayCents: 60000, allowedCents: 50000 },
      ],
    },
    { pathway: "iv-ketamine", selfPayPerSessionCents: 50000 },
  ],
};
