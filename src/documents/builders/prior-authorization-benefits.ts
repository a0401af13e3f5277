// The benefits-check worksheet of the prior-authorization packet: the coverage facts as entered, and the engine's
// out-of-pocket estimate with its arithmetic step by step.

import {
  type Coverage,
  estimateOutOfPocket,
  formatCents,
  type Modality,
  type PriceList,
  type Walk,
} from "../../clinical/index.ts";
import type { Block, DocumentSection, FactRow } from "../document-model.ts";
import { day } from "./document-words.ts";

const notEntered = "not entered";

const answer = (a: Coverage["covered"]) => (a === "unknown" ? "unknown" : a);
const money = (cents: number | undefined) => (cents === undefined ? notEntered : formatCents(cents));

export function coverageFacts(coverage: Coverage | undefined): DocumentSection {
  const c = coverage;
  const rows: FactRow[] = [
    { label: "Plan", value: c?.planName ?? notEntered },
    { label: "Pathway covered", value: c === undefined ? notEntered : answer(c.covered) },
    {
      label: "Prior authorization required",
      value: c === undefined ? notEntered : answer(c.priorAuthRequired),
    },
    {
      label: "Prior authorization status",
      value: c === undefined ? notEntered : c.priorAuthStatus.replace("-", " "),
    },
    { label: "Deductible remaining", value: money(c?.deductibleRemainingCents) },
    {
      label: "Coinsurance",
      value: c?.coinsurancePercent === undefined ? notEntered : `${c.coinsurancePercent}%`,
    },
    { label: "Copay per visit", value: money(c?.copayPerVisitCents) },
    { label: "Out-of-pocket maximum remaining", value: money(c?.outOfPocketMaxRemainingCents) },
    {
      label: "Sessions covered",
      value: c?.sessionsCovered === undefined ? notEntered : String(c.sessionsCovered),
    },
    { label: "Benefits checked on", value: c === undefined ? notEntered : day(c.checkedOn) },
  ];
  const blocks: Block[] = [];
  if (c === undefined) {
    blocks.push({
      kind: "empty",
      text: "No benefits check is recorded for this pathway. Call the plan and fill in the figures below.",
    });
  }
  blocks.push({ kind: "facts", rows });
  if (c?.notes !== undefined) blocks.push({ kind: "paragraph", text: `Coordinator's notes: ${c.notes}` });
  return { heading: "Benefits-check worksheet", blocks };
}

function walkTable(walk: Walk, caption: string): Block {
  return {
    kind: "table",
    caption,
    columns: ["Step", "Arithmetic", "Patient pays"],
    rows: [
      ...walk.steps.map((s) => [s.label, s.detail, formatCents(s.amountCents)]),
      ["Total", "", formatCents(walk.totalCents)],
    ],
  };
}

export function outOfPocket(
  coverage: Coverage | undefined,
  priceList: PriceList | undefined,
  pathway: Modality,
  sessions: number,
): DocumentSection {
  const heading = "Out-of-pocket estimate";
  if (priceList === undefined) {
    return {
      heading,
      blocks: [{ kind: "empty", text: "The clinic has no price list on file, so no estimate can be made." }],
    };
  }
  const e = estimateOutOfPocket(coverage, priceList, { pathway, sessions });
  if (e.status === "no-price") {
    return {
      heading,
      blocks: [
        {
          kind: "empty",
          text: "The clinic's price list has no price for this pathway, so no estimate can be made.",
        },
        ...(e.assumptions.length > 0 ? [{ kind: "list" as const, items: [...e.assumptions] }] : []),
      ],
    };
  }
  const figure =
    e.status === "estimate"
      ? `Estimated out-of-pocket for ${sessions} sessions: ${formatCents(e.lowCents)}`
      : `Estimated out-of-pocket for ${sessions} sessions: between ${formatCents(e.lowCents)} and ${formatCents(e.highCents)}`;
  const blocks: Block[] = [
    { kind: "callout", tone: e.status === "estimate" ? "info" : "warning", text: figure },
    {
      kind: "facts",
      rows: [
        { label: "Sessions in the estimate", value: String(sessions) },
        { label: "Full self-pay price", value: formatCents(e.uncoveredCents) },
        { label: "Price list effective from", value: day(priceList.effectiveFrom) },
      ],
    },
    walkTable(e.low, e.status === "estimate" ? "How the figure is reached" : "Low figure, step by step"),
  ];
  if (e.status === "range") blocks.push(walkTable(e.high, "High figure, step by step"));
  if (e.assumptions.length > 0) {
    blocks.push(
      { kind: "paragraph", text: "What the estimate assumes:" },
      { kind: "list", items: [...e.assumptions] },
    );
  }
  blocks.push({
    kind: "paragraph",
    text: "This is an estimate from the facts above, not a quote or a promise of payment; the plan decides what it pays.",
  });
  return { heading, blocks };
}
