// TMS screening: metal or devices near the head, implanted electronics, seizure risk, and the daily-visit ask.

import type { Finding } from "../assessment.ts";
import { screeningSeed, tmsClearance, tmsSafety } from "../knowledge/screening-sources.ts";
import { type ImplantedDevice, type IntakeRecord, implantedDevices } from "./intake-record.ts";
import { item } from "./screening-item.ts";

/** Electronics away from the head: TMS may go ahead once the cardiologist or maker clears it in writing. */
const bodyDevices: readonly ImplantedDevice[] = ["cardiac-pacemaker-or-icd", "medication-pump"];
/** Everything else the intake lists sits in or near the head, where the coil's field reaches it: a hard stop. */
const headDevices = implantedDevices.filter((d) => !bodyDevices.includes(d));

const deviceWords: Readonly<Record<ImplantedDevice, string>> = {
  "cochlear-implant": "cochlear implant",
  "aneurysm-clip-or-coil": "aneurysm clip or coil",
  "brain-stimulator": "brain stimulator",
  "vagus-nerve-stimulator": "vagus nerve stimulator",
  "metal-fragments-head": "metal fragments in the head",
  "intracranial-shunt": "intracranial shunt",
  "cardiac-pacemaker-or-icd": "pacemaker or implanted defibrillator",
  "medication-pump": "implanted medication pump",
  "other-head-or-neck-metal": "metal in the head or neck",
};
const named = (devices: readonly ImplantedDevice[]) => devices.map((d) => deviceWords[d]).join(", ");

export function screenTms(intake: IntakeRecord): Finding[] {
  const m = intake.medical;
  const out: Finding[] = [];
  const nearHead = m.implantedDevices.filter((d) => headDevices.includes(d));
  if (nearHead.length > 0) {
    out.push(
      item(
        "tms-metal-near-head",
        "critical",
        "Metal or an implanted device in or near the head",
        `The magnetic pulse can heat, move or disturb the ${named(nearHead)}; TMS is not given.`,
        "medical.implantedDevices",
        nearHead.join(", "),
        tmsClearance,
      ),
    );
  }
  const body = m.implantedDevices.filter((d) => bodyDevices.includes(d));
  if (body.length > 0) {
    out.push(
      m.deviceClearanceDocumented
        ? item(
            "tms-implanted-device-cleared",
            "warning",
            "Implanted electronic device, cleared for TMS",
            `Clearance for the ${named(body)} is on file; keep the coil well away from the device and monitor.`,
            "medical.deviceClearanceDocumented",
            true,
            tmsSafety,
          )
        : item(
            "tms-implanted-device",
            "critical",
            "Implanted electronic device without clearance",
            `With a ${named(body)}, TMS waits until the cardiologist or the device maker clears it in writing.`,
            "medical.implantedDevices",
            body.join(", "),
            tmsSafety,
          ),
    );
  }
  if (m.seizureHistory === "recent-or-uncontrolled") {
    out.push(
      item(
        "tms-seizure-risk-high",
        "critical",
        "Recent or uncontrolled seizures",
        "TMS can provoke a seizure; with recent or uncontrolled seizures it is not given.",
        "medical.seizureHistory",
        m.seizureHistory,
        tmsSafety,
      ),
    );
  } else if (m.seizureHistory === "remote" || m.seizureThresholdFactors) {
    out.push(
      item(
        "tms-seizure-risk",
        "warning",
        "Raised seizure risk",
        "A past seizure or something that lowers the seizure threshold: review with the prescriber, consider a lower-intensity protocol, and keep the seizure plan ready.",
        m.seizureHistory === "remote" ? "medical.seizureHistory" : "medical.seizureThresholdFactors",
        m.seizureHistory === "remote" ? m.seizureHistory : true,
        tmsSafety,
      ),
    );
  }
  if (intake.coOccurring.includes("bipolar-spectrum")) {
    out.push(
      item(
        "tms-bipolar-switch",
        "warning",
        "Bipolar spectrum",
        "Watch for a switch into hypomania during the course.",
        "coOccurring",
        "bipolar-spectrum",
        tmsSafety,
      ),
    );
  }
  out.push(
    item(
      "tms-daily-visits",
      "info",
      "Daily visits",
      "About 5 visits a week for 4 to 6 weeks, with motor-threshold mapping at the first visit.",
      "practical.canAttendDaily",
      intake.practical.canAttendDaily,
      screeningSeed,
    ),
  );
  return out;
}
