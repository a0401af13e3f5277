// Document inputs for the esketamine monitoring record from the demo clinic, for tests and the sample PDFs.

import { demoInputFor } from "../demo-documents.ts";
import type { RemsMonitoringInput, SessionSelector } from "./rems-monitoring.ts";

/** The demo esketamine patient with REMS monitoring charted on the last four sessions. */
export const remsDemoStory = "Esketamine induction with REMS post-dose monitoring";

export function demoRemsInput(today: string, session?: SessionSelector): RemsMonitoringInput {
  const input = demoInputFor(remsDemoStory, today, "nurse");
  return session === undefined ? input : { ...input, session };
}
