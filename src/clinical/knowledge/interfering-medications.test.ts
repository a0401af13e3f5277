import { describe, expect, it } from "vitest";
import { patientRecordSchema } from "../record.ts";
import {
  interferingClasses,
  interferingClassesOf,
  interferingMedications,
  isActiveOn,
  isLithium,
} from "./interfering-medications.ts";

const classOf = (name: string) => interferingClassesOf(name).map((cls) => cls.id);

describe("interfering medication names", () => {
  it.each([
    ["Klonopin 0.5 mg at night", "benzodiazepine"],
    ["alprazolam ER", "benzodiazepine"],
    ["ATIVAN", "benzodiazepine"],
    ["Xanax0.25mg prn", "benzodiazepine"],
    ["clobazam (Onfi)", "benzodiazepine"],
    ["Sympazan film", "benzodiazepine"],
    ["Lamictal XR", "lamotrigine"],
    ["lamotrigine 200mg", "lamotrigine"],
    ["Namzaric 28/10", "memantine"],
    ["Namenda XR", "memantine"],
    ["naltrexone/bupropion ER", "naltrexone"],
    ["Contrave", "naltrexone"],
    ["Vivitrol injection monthly", "naltrexone"],
    ["MS Contin 30 mg", "opioid"],
    ["MS-Contin", "opioid"],
    ["Suboxone 8/2", "opioid"],
    ["buprenorphine-naloxone", "opioid"],
    ["Percocet 5/325", "opioid"],
    ["Tylenol with codeine #3", "opioid"],
    ["tramadol", "opioid"],
  ])("recognises %s as %s", (name, expected) => {
    expect(classOf(name)).toEqual([expected]);
  });

  it.each([
    "apomorphine",
    "hydroxyzine",
    "sertraline",
    "bupropion XL",
    "naloxone nasal spray",
    "zolpidem",
    "lamivudine",
    "Namendaz",
    "clonazepamine",
  ])("does not flag %s", (name) => {
    expect(classOf(name)).toEqual([]);
  });

  it("finds every class named in one free-text entry", () => {
    expect(classOf("clonazepam and oxycodone")).toEqual(["benzodiazepine", "opioid"]);
  });

  it("gives each class the recommendation code the work-up uses", () => {
    expect(Object.fromEntries(interferingClasses.map((cls) => [cls.id, cls.code]))).toEqual({
      benzodiazepine: "taper-benzodiazepine",
      lamotrigine: "monitor-lamotrigine",
      memantine: "avoid-memantine",
      naltrexone: "hold-naltrexone-72h",
      opioid: "opioid-cross-tolerance",
    });
  });

  it("cites the medication step of seed 003 for every class", () => {
    for (const cls of interferingClasses) {
      expect(cls.source.section).toBe("Step 3: Evaluate Concurrent Medications");
    }
  });
});

describe("isLithium", () => {
  it.each(["lithium carbonate 300 mg", "Lithium citrate syrup", "Lithobid", "eskalith CR"])(
    "accepts %s",
    (name) => {
      expect(isLithium(name)).toBe(true);
    },
  );

  it.each(["lamotrigine", "lithia water", "valproate"])("rejects %s", (name) => {
    expect(isLithium(name)).toBe(false);
  });
});

describe("interferingMedications", () => {
  const record = patientRecordSchema.parse({
    patient: { id: "p1", birthDate: "1980-01-01", sex: "female", weightKg: 70 },
    medications: [
      { name: "sertraline 100 mg" },
      { name: "Klonopin 0.5 mg", start: "2025-06-01" },
      { name: "lorazepam", start: "2025-01-01", end: "2026-01-10" },
      { name: "Lamictal", start: "2026-03-01" },
      { name: "naltrexone", end: "2026-02-01" },
    ],
  });

  it("returns active matches with their class and record index", () => {
    const active = interferingMedications(record.medications, "2026-02-01");
    expect(active.map(({ index, interferingClass }) => [index, interferingClass.id])).toEqual([
      [1, "benzodiazepine"],
    ]);
  });

  it("counts a medication started on asOf as active and one stopped on asOf as not", () => {
    const onStart = interferingMedications(record.medications, "2026-03-01").map(({ index }) => index);
    expect(onStart).toEqual([1, 3]);
    expect(isActiveOn({ name: "x", end: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(isActiveOn({ name: "x", end: "2026-03-02" }, "2026-03-01")).toBe(true);
  });

  it("includes medications before they were stopped", () => {
    const indexes = interferingMedications(record.medications, "2026-01-09").map(({ index }) => index);
    expect(indexes).toEqual([1, 2, 4]);
  });
});
