// Esketamine and IV ketamine screening: the shared items, the esketamine label's indication and REMS
// requirements, and ketamine's off-label and practical items.

import type { Finding } from "../assessment.ts";
import {
  ketamineConsensus,
  ketamineLabel,
  remsSeed,
  screeningSeed,
  spravatoLabel,
} from "../knowledge/screening-sources.ts";
import type { IntakeRecord } from "./intake-record.ts";
import { item } from "./screening-item.ts";
import { screenKetamineFamily } from "./screening-ketamine-family.ts";
import type { Staging } from "./staging.ts";

/** Treatment resistance as the esketamine label defines it: at least two adequate failed antidepressants. */
const labelTrdTrials = 2;

export function screenEsketamine(intake: IntakeRecord, staging: Staging, ageYears: number): Finding[] {
  const out = screenKetamineFamily(intake, "esketamine", spravatoLabel);
  // The label's second indication is suicidal ideation or behaviour: C-SSRS items 2 to 6. A wish to be dead alone
  // (item 1) is passive and does not meet it.
  const suicidal = (intake.cssrs?.items ?? []).slice(1).some((a) => a === 1);
  // The label's own definition, not the clinic's: a stricter clinic setting must not hard-stop a labelled use.
  const labelTrd = staging.adequateFailedTrials >= labelTrdTrials;
  if (ageYears < 18) {
    out.push(
      item(
        "esketamine-label-age",
        "critical",
        "Under 18",
        "The label is for adults only.",
        "patient.birthDate",
        `${ageYears} years`,
        spravatoLabel,
      ),
    );
  } else if (!labelTrd && !suicidal) {
    out.push(
      item(
        "esketamine-label-indication",
        "critical",
        "Does not meet the label's indication yet",
        `The label covers treatment-resistant depression (at least ${labelTrdTrials} adequate failed trials in this episode; here ${staging.adequateFailedTrials}) or depression with acute suicidal thoughts or behaviour.`,
        "staging.adequateFailedTrials",
        String(staging.adequateFailedTrials),
        spravatoLabel,
      ),
    );
  } else {
    const why = labelTrd
      ? "treatment-resistant depression"
      : "depression with acute suicidal thoughts or behaviour";
    out.push(
      item(
        "esketamine-label-met",
        "info",
        "Meets the label's indication",
        `Indication: ${why}, alongside an oral antidepressant.`,
        labelTrd ? "staging.adequateFailedTrials" : "cssrs.items",
        labelTrd ? String(staging.adequateFailedTrials) : true,
        spravatoLabel,
      ),
    );
  }
  out.push(
    item(
      "esketamine-rems-observation",
      "info",
      "REMS: two hours of observation",
      "Each dose is given and observed for at least 2 hours in a REMS-certified setting.",
      "practical.canStayTwoHours",
      intake.practical.canStayTwoHours,
      spravatoLabel,
    ),
  );
  out.push(
    item(
      "esketamine-rems-driving",
      "info",
      "REMS: no driving until the next day",
      "No driving or machinery until the next day after a night's sleep, so a ride home is needed.",
      "practical.hasDriver",
      intake.practical.hasDriver,
      spravatoLabel,
    ),
  );
  if (!intake.practical.canStayTwoHours || !intake.practical.hasDriver) {
    out.push(
      item(
        "esketamine-rems-logistics",
        "warning",
        "REMS logistics not in place yet",
        "The two-hour stay and a ride home must be arranged before the first dose.",
        intake.practical.canStayTwoHours ? "practical.hasDriver" : "practical.canStayTwoHours",
        false,
        remsSeed,
      ),
    );
  }
  return out;
}

export function screenKetamine(intake: IntakeRecord, staging: Staging, ageYears: number): Finding[] {
  const out = screenKetamineFamily(intake, "ketamine", ketamineLabel);
  // Not a label limit (ketamine is an anaesthetic at any age), but the evidence for depression is in adults.
  if (ageYears < 18) {
    out.push(
      item(
        "ketamine-under-18",
        "warning",
        "Under 18",
        "The evidence for ketamine in depression comes from adults; a specialist review comes first.",
        "patient.birthDate",
        `${ageYears} years`,
        ketamineConsensus,
      ),
    );
  }
  out.push(
    item(
      "ketamine-off-label",
      "info",
      "Off-label use",
      "Ketamine is not approved for depression: consent covers the evidence, the unknowns and the cost.",
      "pathway",
      "iv-ketamine",
      ketamineConsensus,
    ),
  );
  if (staging.adequateFailedTrials === 0) {
    out.push(
      item(
        "ketamine-no-failed-trials",
        "warning",
        "No adequate failed antidepressant trial yet",
        "Ketamine is usually kept for depression that has not responded to standard treatment.",
        "staging.adequateFailedTrials",
        "0",
        ketamineConsensus,
      ),
    );
  }
  if (intake.preferences.needles === "avoid") {
    out.push(
      item(
        "ketamine-needles",
        "warning",
        "Prefers to avoid needles",
        "IV ketamine needs a cannula at each session.",
        "preferences.needles",
        "avoid",
        screeningSeed,
      ),
    );
  }
  if (!intake.practical.hasDriver) {
    out.push(
      item(
        "ketamine-ride-home",
        "warning",
        "No ride home yet",
        "After an infusion the patient should not drive that day.",
        "practical.hasDriver",
        false,
        ketamineConsensus,
      ),
    );
  }
  return out;
}
