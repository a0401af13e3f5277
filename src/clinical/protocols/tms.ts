// Repetitive transcranial magnetic stimulation: daily sessions for four to six weeks.

import { reference, seed } from "../knowledge/source.ts";
import type { Protocol } from "./protocol.ts";

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
  ],
};
