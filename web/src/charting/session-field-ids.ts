// Where an API field path (`bloodPressure.systolic`, `dissociation.total`) shows on the session form, and its label.

const ids: Readonly<Record<string, string>> = {
  "bloodPressure.systolic": "systolic",
  "bloodPressure.diastolic": "diastolic",
  bloodPressure: "systolic",
  "bloodPressureAfter.systolic": "systolicAfter",
  "bloodPressureAfter.diastolic": "diastolicAfter",
  bloodPressureAfter: "systolicAfter",
  "dissociation.total": "cadss",
  "dissociation.items": "cadss",
  dissociation: "cadss",
  doseBasis: "basis",
  basis: "basis",
  weightKg: "basis",
  motorThresholdPercentOutput: "motorThreshold",
  "observation.doseTime": "doseTime",
  "observation.readyToLeaveMinutes": "readyToLeaveMinutes",
  "observation.remsPatientId": "remsPatientId",
  observation: "doseTime",
};
const own = [
  "date",
  "modality",
  "doseMgPerKg",
  "doseMg",
  "infusionMinutes",
  "recoveryMinutes",
  "interruptionReason",
  "pulses",
  "intensityPercentMT",
  "protocol",
  "otherProtocol",
];

const labels: Readonly<Record<string, string>> = {
  date: "Date",
  modality: "Route",
  doseMgPerKg: "Dose (mg/kg)",
  doseMg: "Dose (mg)",
  basis: "Weight basis",
  infusionMinutes: "Infusion (minutes)",
  systolic: "BP before",
  diastolic: "BP before",
  systolicAfter: "BP after",
  diastolicAfter: "BP after",
  cadss: "CADSS total",
  recoveryMinutes: "Recovery (minutes)",
  interruptionReason: "Why not completed",
  otherSideEffect: "Side effects",
  pulses: "Pulses",
  intensityPercentMT: "Intensity",
  protocol: "Protocol",
  otherProtocol: "Protocol name",
  motorThreshold: "Motor threshold",
  doseTime: "Dose time",
  readyToLeaveMinutes: "Ready to leave",
  remsPatientId: "REMS patient ID",
  adverseEvents: "Adverse events",
  "check-minutesAfterDose": "Timed checks",
};

/** The label of the control an API field path belongs to, for the error summary. */
export function fieldLabel(field: string): string {
  return field === "form" ? "Saving" : (labels[fieldId(field)] ?? "Session");
}

/** The control an API field path belongs to. */
export function fieldId(field: string): string {
  if (own.includes(field)) return field;
  if (field.startsWith("sideEffects")) return "otherSideEffect";
  if (field.startsWith("observation.adverseEvents")) return "adverseEvents";
  if (field.startsWith("observation.checks")) return "check-minutesAfterDose";
  return ids[field] ?? "date";
}
