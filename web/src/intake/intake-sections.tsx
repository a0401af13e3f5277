// The intake form's sections: diagnosis, co-occurring conditions, C-SSRS, medical screening, reversible
// contributors, practical situation and preferences. Each edits its part of the draft.

import {
  coOccurringConditions,
  hypertensionStatuses,
  implantedDevices,
  pregnancyStatuses,
  psychosisStatuses,
  seizureHistories,
  substanceUseStatuses,
} from "../../../src/clinical/index.ts";
import type { FieldIssue } from "../api/client.ts";
import { CheckInput, CheckList, SelectInput, TextInput } from "./intake-controls.tsx";
import type { Draft } from "./intake-draft.ts";

export interface SectionProps {
  readonly draft: Draft;
  readonly update: (change: Partial<Draft>) => void;
  readonly issues: readonly FieldIssue[];
}

const acronyms: Readonly<Record<string, string>> = { ptsd: "PTSD", ocd: "OCD", adhd: "ADHD", icd: "ICD" };
const words = (code: string) =>
  code
    .split("-")
    .map((w) => acronyms[w] ?? w)
    .join(" ")
    .replace(/^./, (c) => c.toUpperCase());
export const opts = <T extends string>(codes: readonly T[]) => codes.map((c) => [c, words(c)] as const);

export function DiagnosisSection({ draft, update, issues }: SectionProps) {
  const d = draft.diagnosis;
  const set = (change: Partial<Draft["diagnosis"]>) => update({ diagnosis: { ...d, ...change } });
  return (
    <fieldset className="intake-section">
      <legend>Diagnosis</legend>
      <div className="form-row">
        <TextInput
          path="evaluatedOn"
          label="Evaluated on"
          type="date"
          issues={issues}
          value={draft.evaluatedOn}
          onChange={(evaluatedOn) => update({ evaluatedOn })}
        />
        <TextInput
          path="diagnosis.code"
          label="Diagnosis code"
          hint="ICD-10, e.g. F33.2"
          issues={issues}
          value={d.code}
          onChange={(code) => set({ code })}
        />
        <TextInput
          path="diagnosis.display"
          label="Diagnosis"
          issues={issues}
          value={d.display ?? ""}
          onChange={(display) => set({ display })}
        />
        <SelectInput
          path="diagnosis.confidence"
          label="Confidence"
          issues={issues}
          value={d.confidence}
          options={opts(["confirmed", "probable", "provisional"] as const)}
          onChange={(confidence) => set({ confidence })}
        />
        <TextInput
          path="diagnosis.episodeStart"
          label="This episode began"
          type="date"
          issues={issues}
          value={d.episodeStart}
          onChange={(episodeStart) => set({ episodeStart })}
        />
        <SelectInput
          path="diagnosis.severity"
          label="Severity now"
          issues={issues}
          value={d.severity}
          options={opts(["subsyndromal", "mild", "moderate", "severe", "severe-psychotic"] as const)}
          onChange={(severity) => set({ severity })}
        />
      </div>
      <CheckList
        path="coOccurring"
        legend="Co-occurring conditions"
        options={opts(coOccurringConditions)}
        values={draft.coOccurring ?? []}
        onChange={(coOccurring) => update({ coOccurring })}
      />
    </fieldset>
  );
}

const cssrsQuestions = [
  "Wished to be dead or not wake up (past month)",
  "Thoughts of killing themself (past month)",
  "Thought about how they might do it",
  "Had some intention of acting on the thoughts",
  "Started to work out details, and intends to carry it out",
  "Did, started or prepared to do something to end their life (past 3 months)",
] as const;

export function CssrsSection({ draft, update, issues }: SectionProps) {
  const items = draft.cssrs?.items ?? [0, 0, 0, 0, 0, 0];
  const date = draft.cssrs?.date ?? draft.evaluatedOn;
  return (
    <fieldset className="intake-section">
      <legend>Suicide risk (C-SSRS screen)</legend>
      <CheckInput
        path="cssrs.recorded"
        label="C-SSRS screen asked at this evaluation"
        checked={draft.cssrs !== undefined}
        onChange={(on) => update(on ? { cssrs: { date, items: [0, 0, 0, 0, 0, 0] } } : { cssrs: undefined })}
      />
      {draft.cssrs !== undefined ? (
        <>
          <div className="form-row">
            <TextInput
              path="cssrs.date"
              label="Asked on"
              type="date"
              issues={issues}
              value={date}
              onChange={(d) => update({ cssrs: { date: d, items } })}
            />
          </div>
          {cssrsQuestions.map((q, i) => (
            <CheckInput
              key={q}
              path={`cssrs.items.${i}`}
              label={`${i + 1}. ${q}: yes`}
              checked={items[i] === 1}
              onChange={(on) =>
                update({ cssrs: { date, items: items.map((v, j) => (j === i ? (on ? 1 : 0) : v)) } })
              }
            />
          ))}
        </>
      ) : null}
    </fieldset>
  );
}

export function MedicalSection({ draft, update, issues }: SectionProps) {
  const m = draft.medical ?? {};
  const set = (change: Partial<NonNullable<Draft["medical"]>>) => update({ medical: { ...m, ...change } });
  return (
    <fieldset className="intake-section">
      <legend>Medical history and screening</legend>
      <CheckList
        path="medical.implantedDevices"
        legend="Implanted devices or metal"
        options={opts(implantedDevices)}
        values={m.implantedDevices ?? []}
        onChange={(implantedDevices) => set({ implantedDevices })}
      />
      <CheckInput
        path="medical.deviceClearanceDocumented"
        label="Device clearance for TMS is on file"
        checked={m.deviceClearanceDocumented ?? false}
        onChange={(deviceClearanceDocumented) => set({ deviceClearanceDocumented })}
      />
      <div className="form-row">
        <SelectInput
          path="medical.seizureHistory"
          label="Seizures"
          issues={issues}
          value={m.seizureHistory ?? "none"}
          options={opts(seizureHistories)}
          onChange={(seizureHistory) => set({ seizureHistory })}
        />
        <SelectInput
          path="medical.hypertension"
          label="High blood pressure"
          issues={issues}
          value={m.hypertension ?? "none"}
          options={opts(hypertensionStatuses)}
          onChange={(hypertension) => set({ hypertension })}
        />
        <SelectInput
          path="medical.pregnancy"
          label="Pregnancy"
          issues={issues}
          value={m.pregnancy ?? "not-applicable"}
          options={opts(pregnancyStatuses)}
          onChange={(pregnancy) => set({ pregnancy })}
        />
        <SelectInput
          path="medical.psychosis"
          label="Psychosis"
          issues={issues}
          value={m.psychosis ?? "none"}
          options={opts(psychosisStatuses)}
          onChange={(psychosis) => set({ psychosis })}
        />
        <SelectInput
          path="medical.substanceUse"
          label="Substance use"
          issues={issues}
          value={m.substanceUse ?? "none"}
          options={opts(substanceUseStatuses)}
          onChange={(substanceUse) => set({ substanceUse })}
        />
      </div>
      <CheckInput
        path="medical.seizureThresholdFactors"
        label="Something lowers the seizure threshold (brain injury, withdrawal, a drug)"
        checked={m.seizureThresholdFactors ?? false}
        onChange={(seizureThresholdFactors) => set({ seizureThresholdFactors })}
      />
      <CheckInput
        path="medical.aneurysmalVascularDisease"
        label="Aneurysmal vascular disease (brain, chest, abdomen or limbs)"
        checked={m.aneurysmalVascularDisease ?? false}
        onChange={(aneurysmalVascularDisease) => set({ aneurysmalVascularDisease })}
      />
      <CheckInput
        path="medical.arteriovenousMalformation"
        label="Arteriovenous malformation"
        checked={m.arteriovenousMalformation ?? false}
        onChange={(arteriovenousMalformation) => set({ arteriovenousMalformation })}
      />
      <CheckInput
        path="medical.intracerebralHemorrhage"
        label="Past intracerebral haemorrhage"
        checked={m.intracerebralHemorrhage ?? false}
        onChange={(intracerebralHemorrhage) => set({ intracerebralHemorrhage })}
      />
      <CheckInput
        path="medical.ketamineHypersensitivity"
        label="Allergic reaction to ketamine or esketamine"
        checked={m.ketamineHypersensitivity ?? false}
        onChange={(ketamineHypersensitivity) => set({ ketamineHypersensitivity })}
      />
    </fieldset>
  );
}
