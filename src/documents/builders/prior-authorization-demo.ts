// Document input for the prior-authorization packet from the demo clinic, with a benefits check and price list.

import { type Coverage, coverageSchema, type PriceList, priceListSchema } from "../../clinical/index.ts";
import { priorAuthorizationDemo } from "../../demo/index.ts";
import { demoInputFor } from "../demo-documents.ts";
import type { PriorAuthorizationInput, RequestedPathway } from "./prior-authorization.ts";

/** A clinic price list with both pathways the packet asks for; figures are synthetic. */
export const demoPriceList: PriceList = priceListSchema.parse({
  effectiveFrom: "2026-01-01",
  pathways: [
    {
      pathway: "esketamine",
      selfPayPerSessionCents: 45_000,
      allowedPerSessionCents: 32_000,
      extras: [
        {
          label: "Esketamine 84 mg, three devices",
          code: "S0013",
          selfPayCents: 95_000,
          allowedCents: 88_000,
        },
      ],
    },
    {
      pathway: "tms",
      selfPayPerSessionCents: 35_000,
      allowedPerSessionCents: 24_000,
      selfPayCourseCents: 900_000,
      courseSessions: 36,
    },
  ],
});

export function demoCoverage(today: string, pathway: RequestedPathway): Coverage {
  return coverageSchema.parse({ ...priorAuthorizationDemo.coverage(today)[pathway], pathway });
}

export function demoPriorAuthorizationInput(
  today: string,
  pathway: RequestedPathway,
): PriorAuthorizationInput {
  return {
    ...demoInputFor(priorAuthorizationDemo.story, today, "coordinator"),
    pathway,
    coverage: demoCoverage(today, pathway),
    priceList: demoPriceList,
  };
}
