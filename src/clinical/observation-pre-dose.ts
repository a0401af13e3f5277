// The blood pressure taken before dosing, against the clinic's hold: the rule the session form applies as it is typed.

import type { Finding } from "./assessment.ts";
import { ev, finding } from "./finding.ts";
import { aboveHold } from "./observation-schedule.ts";
import { spravatoLabel } from "./protocols/index.ts";
import type { Modality } from "./protocols/protocol.ts";
import type { ObservationCheck } from "./record.ts";
import type { ClinicSettings } from "./settings.ts";

type BloodPressure = NonNullable<ObservationCheck["bloodPressure"]>;

/** A `blood-pressure-hold` finding when the pre-dose reading is above either hold figure; null otherwise or for TMS. */
export function preDoseHold(
  modality: Modality,
  bp: BloodPressure | undefined,
  settings: ClinicSettings,
  path = "bloodPressure",
): Finding | null {
  if (modality === "tms" || bp === undefined || !aboveHold(bp, settings)) return null;
  const hold = `${settings.bloodPressureHoldSystolic}/${settings.bloodPressureHoldDiastolic}`;
  return finding({
    code: "blood-pressure-hold",
    severity: "critical",
    title: `Hold the dose: ${bp.systolic}/${bp.diastolic} is above ${hold}`,
    detail: `Do not dose until a repeat reading is at or below ${hold}; if the session does not go ahead, chart it as not completed with the reason.`,
    evidence: [
      ev(`${path}.systolic`, bp.systolic),
      ev(`${path}.diastolic`, bp.diastolic),
      ev("settings.bloodPressureHold", hold),
    ],
    source: spravatoLabel,
  });
}
