// Repetitive transcranial magnetic stimulation: daily sessions for four to six weeks.

import { reference, seed } from "../knowledge/source.ts";
import type { Protocol } from "./protocol.ts";

const threeD = reference(
  "blumberger-2018",
  "Blumberger DM, et al. Effectiveness of theta burst versus high-frequency repetitive transcranial magnetic stimulation in patients with depression (THREE-D): a randomised non-inferiority trial. Lancet 2018;391(10131):1683-1692",
);

/** The stimulation protocols a clinic charts by name, with a standard session's pulses where a trial fixes them. */
export const tmsProtocols: readonly { readonly name: string; readonly pulses?: number }[] = [
  { name: "10 Hz left DLPFC", pulses: 3000 },
  { name: "iTBS left DLPFC", pulses: 600 },
  { name: "1 Hz right DLPFC" },
];

export const tms: Protocol = {
  id: "tms",
  name: "TMS",
  family: "tms",
  adequateTrial: {
    minSessions: 20,
    minSessionsPerWeek: 4,
    minSpanDays: 25,
    summary: "at least 20 completed sessions, about 5 a week, over 4–6 weeks",
  },
  dose: { unit: "none" },
  // 120% of motor threshold is the standard cleared protocol's intensity; higher raises seizure risk.
  maxIntensityPercentMT: 120,
  inductionSessions: 30,
  sources: [
    seed("002", "TMS: how it helps when meds/therapy aren’t enough"),
    reference(
      "oreardon-2007",
      "O'Reardon JP, et al. Efficacy and safety of transcranial magnetic stimulation in the acute treatment of major depression: a multisite randomized controlled trial. Biol Psychiatry 2007;62(11):1208-1216",
    ),
    threeD,
  ],
};
