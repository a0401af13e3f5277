import { describe, expect, it } from "vitest";
import type { Modality } from "../protocols/protocol.ts";
import { type PatientRecordInput, patientRecordSchema } from "../record.ts";
import { nextPathways } from "./next-pathways.ts";
import { pathwayCatalogue } from "./pathway-catalogue.ts";

const asOf = "2026-03-01";

function pathways(
  input: Partial<PatientRecordInput>,
  modalitiesTried: readonly Modality[] = ["iv-ketamine"],
) {
  const record = patientRecordSchema.parse({
    patient: { id: "p1", birthDate: "1980-01-01", sex: "female", weightKg: 70 },
    ...input,
  });
  return nextPathways(record, { modalitiesTried, asOf });
}

const options = (list: ReturnType<typeof pathways>) => list.map((p) => p.option);
const { tms, ect, vns, dbs } = pathwayCatalogue;

describe("nextPathways", () => {
  it("is never empty and always covers psychotherapy, lifestyle and a treatment option", () => {
    const list = pathways({ history: { psychosis: true, psychotherapy: true } });
    const groups = new Set(list.map((p) => p.group));
    expect(groups.has("psychotherapy")).toBe(true);
    expect(groups.has("lifestyle")).toBe(true);
    expect(groups.has("neuromodulation") || groups.has("pharmacological")).toBe(true);
  });

  it("gives every option a why and a seed source", () => {
    for (const p of pathways({})) {
      expect(p.why.length).toBeGreaterThan(10);
      expect(p.source.document).toMatch(/^00[013]_/);
    }
  });

  it("offers TMS when it has not been tried", () => {
    const list = options(pathways({}));
    expect(list).toContain(tms.option);
    expect(list).not.toContain(ect.option);
  });

  it("offers ECT instead of TMS after a prior TMS course that did not work", () => {
    const list = pathways({
      priorTreatments: [{ type: "tms", name: "10 Hz left DLPFC", weeks: 6, outcome: "no-response" }],
    });
    expect(options(list)).not.toContain(tms.option);
    const offered = list.find((p) => p.option === ect.option);
    expect(offered?.why).toContain("10 Hz left DLPFC");
  });

  it("treats TMS sessions in the chart as a TMS course already tried", () => {
    const list = options(pathways({ sessions: [{ date: "2026-01-05", modality: "tms" }] }));
    expect(list).not.toContain(tms.option);
    expect(list).toContain(ect.option);
  });

  it("offers a repeat TMS course when an earlier one helped", () => {
    const list = pathways({ priorTreatments: [{ type: "tms", name: "iTBS", outcome: "response" }] });
    expect(list.find((p) => p.option === tms.option)?.why).toContain("helped");
  });

  it("moves to VNS and a DBS research programme when both TMS and ECT did not work", () => {
    const list = options(
      pathways({
        priorTreatments: [
          { type: "tms", name: "TMS", outcome: "no-response" },
          { type: "ect", name: "bilateral ECT", outcome: "partial-response" },
        ],
      }),
    );
    expect(list).toEqual(expect.arrayContaining([vns.option, dbs.option]));
    expect(list).not.toContain(tms.option);
    expect(list).not.toContain(ect.option);
  });

  it("offers IV ketamine after an esketamine-only course", () => {
    const list = pathways({}, ["esketamine"]);
    expect(list[0]?.option).toBe(pathwayCatalogue["iv-ketamine"].option);
    expect(list[0]?.why).toContain("Esketamine");
    expect(list[0]?.source.section).toBe("Transitioning to IV Ketamine");
  });

  it("does not offer IV ketamine when IV ketamine was already given", () => {
    const list = options(pathways({}, ["esketamine", "iv-ketamine"]));
    expect(list).not.toContain(pathwayCatalogue["iv-ketamine"].option);
  });

  it("counts a prior IV ketamine course as IV already tried", () => {
    const list = options(
      pathways(
        { priorTreatments: [{ type: "ketamine", name: "IV ketamine series", outcome: "no-response" }] },
        ["esketamine"],
      ),
    );
    expect(list).not.toContain(pathwayCatalogue["iv-ketamine"].option);
  });

  it("offers no ketamine-family option once psychosis has emerged", () => {
    const list = pathways({ events: [{ date: "2026-02-01", type: "psychosis" }] }, ["esketamine"]);
    expect(list.filter((p) => p.group === "ketamine-family")).toEqual([]);
  });

  it("offers to revisit ketamine later only after a ketamine-family course", () => {
    const revisit = pathwayCatalogue["revisit-ketamine"];
    expect(pathways({}).at(-1)).toMatchObject({ option: revisit.option, source: revisit.source });
    expect(pathways({}).at(-1)?.why).toContain("IV ketamine");
    expect(options(pathways({}, ["tms"]))).not.toContain(revisit.option);
  });

  it("adds trauma-focused therapy for a trauma history or PTSD", () => {
    const trauma = pathwayCatalogue["trauma-focused"].option;
    expect(options(pathways({ history: { trauma: true } }))).toContain(trauma);
    expect(options(pathways({ history: { comorbidities: ["ptsd"] } }))).toContain(trauma);
    expect(options(pathways({}))).not.toContain(trauma);
  });

  it("offers DBT-informed intensive therapy instead of a generic programme for a personality disorder", () => {
    const list = options(pathways({ history: { comorbidities: ["personality-disorder"] } }));
    expect(list).toContain(pathwayCatalogue["dbt-intensive"].option);
    expect(list).not.toContain(pathwayCatalogue["intensive-psychotherapy"].option);
    expect(options(pathways({}))).not.toContain(pathwayCatalogue["dbt-intensive"].option);
  });

  it("adds coordinated pain management for chronic pain", () => {
    const pain = pathwayCatalogue["pain-management"].option;
    expect(options(pathways({ history: { chronicPain: true } }))).toContain(pain);
    expect(options(pathways({}))).not.toContain(pain);
  });

  it("suggests starting psychotherapy only when the patient is not already in it", () => {
    const start = pathwayCatalogue["structured-psychotherapy"].option;
    expect(options(pathways({ history: { psychotherapy: false } }))).toContain(start);
    expect(options(pathways({ history: { psychotherapy: true } }))).not.toContain(start);
  });

  it("leaves out an MAOI after a failed MAOI trial and psilocybin with bipolar disorder", () => {
    const list = options(
      pathways({
        priorTreatments: [{ type: "antidepressant", name: "phenelzine", outcome: "no-response" }],
        history: { comorbidities: ["bipolar"] },
      }),
    );
    expect(list).not.toContain(pathwayCatalogue.maoi.option);
    expect(list).not.toContain(pathwayCatalogue.psilocybin.option);
    expect(options(pathways({}))).toEqual(
      expect.arrayContaining([pathwayCatalogue.maoi.option, pathwayCatalogue.psilocybin.option]),
    );
  });

  it("adds sleep and social options only when the record points to them", () => {
    const sleep = pathwayCatalogue.sleep.option;
    const social = pathwayCatalogue["social-prescribing"].option;
    expect(options(pathways({}))).not.toEqual(expect.arrayContaining([sleep]));
    expect(options(pathways({}))).not.toContain(social);
    const list = options(
      pathways({
        history: { socialSupport: false },
        sessions: [{ date: "2026-02-01", modality: "iv-ketamine", preSession: { sleepHours: 4 } }],
      }),
    );
    expect(list).toEqual(expect.arrayContaining([sleep, social]));
  });
});
