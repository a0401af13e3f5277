// Every seed citation in the engine names a section heading that really exists in that seed document.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../assess.ts";
import { instruments } from "../instruments/index.ts";
import { parseRecord } from "../parse.ts";
import { protocols } from "../protocols/index.ts";
import { build, day, ivCourse, madrs } from "../test-records.ts";
import { interferingClasses } from "./interfering-medications.ts";
import { pathwayCatalogue } from "./pathway-catalogue.ts";
import { type Source, seed } from "./source.ts";

const repoRoot = join(import.meta.dirname, "../../..");
const seedsDir = join(repoRoot, "..", "shared", "seeds");
const clinicalDir = join(repoRoot, "src", "clinical");
const seedsPresent = existsSync(seedsDir);

/** Headings of a seed: `#` lines of a Markdown seed, or, in a plain-text one, any line standing alone. */
function headings(text: string): Set<string> {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const markdown = lines.some((l) => /^#{1,6} /.test(l));
  return new Set(
    markdown
      ? lines.filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+\s*/, ""))
      : lines.filter((l) => l !== "" && l.length <= 100),
  );
}

/** Every `seed("NNN", "Section")` call in the engine's source files, read as text so no code path is missed. */
function citedInSource(): { file: string; doc: string; section: string }[] {
  const found: { file: string; doc: string; section: string }[] = [];
  const files = readdirSync(clinicalDir, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
  );
  for (const file of files) {
    const text = readFileSync(join(clinicalDir, file), "utf8");
    const calls = text.match(/(?<![\w.])seed\(/g)?.length ?? 0;
    const literal = [...text.matchAll(/(?<![\w.])seed\(\s*"(\d{3})",\s*"([^"]+)",?\s*\)/g)];
    const definitions = text.match(/function seed\(/g)?.length ?? 0;
    // A call with a computed argument could not be checked here; there must be none.
    expect(literal.length, `${file}: every seed(...) call has literal arguments`).toBe(calls - definitions);
    for (const m of literal) found.push({ file, doc: m[1] ?? "", section: m[2] ?? "" });
  }
  return found;
}

/** The sources the engine actually reports: scenarios, constructed records, protocols, instruments, knowledge. */
function reportedSources(): Source[] {
  const sources: Source[] = [];
  const scenarioDir = join(repoRoot, "scenarios");
  for (const file of readdirSync(scenarioDir).filter((f) => f.endsWith(".json"))) {
    const scenario = JSON.parse(readFileSync(join(scenarioDir, file), "utf8")) as {
      asOf: string;
      record: unknown;
    };
    const parsed = parseRecord(scenario.record, { today: scenario.asOf });
    if (!parsed.ok) throw new Error(`${file} is not a valid record`);
    const a = assess(parsed.record, scenario.asOf);
    sources.push(...a.citations, ...a.nextPathways.map((p) => p.source));
  }
  const constructed = [
    build({ sessions: ivCourse(6), measurements: madrs([0, 36], [10, 33], [14, 33], [17, 33]) }),
    build({
      history: {
        anxiousDistress: true,
        anhedonia: true,
        chronicPain: true,
        poorVenousAccess: true,
        trauma: true,
      },
      sessions: ivCourse(8, (i) => ({ doseMgPerKg: i < 6 ? 0.5 : 0.75 })),
      measurements: madrs([0, 36], [17, 33], [21, 33], [24, 33]),
      events: [{ date: day(4), type: "cost-barrier" }],
    }),
    build({
      sessions: [0, 3, 7, 10, 14, 17, 21, 24].map((d) => ({
        date: day(d),
        modality: "esketamine" as const,
        doseMg: 56,
      })),
      measurements: madrs([0, 36], [24, 33]),
    }),
    build({
      sessions: [0, 7, 14, 21, 28, 35].map((d) => ({
        date: day(d),
        modality: "sublingual-ketamine" as const,
        doseMg: 200,
      })),
      measurements: madrs([0, 36], [35, 33]),
      events: [{ date: day(30), type: "patient-preference" }],
    }),
    build({ sessions: ivCourse(6), measurements: madrs([0, 40], [3, 37], [7, 34], [10, 31]) }),
  ];
  for (const record of constructed) {
    const a = assess(record, day(40));
    sources.push(...a.citations, ...a.nextPathways.map((p) => p.source));
  }
  for (const p of Object.values(protocols)) sources.push(...p.sources);
  for (const i of Object.values(instruments)) sources.push(...i.sources);
  for (const c of interferingClasses) sources.push(c.source);
  for (const p of Object.values(pathwayCatalogue)) sources.push(p.source);
  return sources;
}

describe("seed()", () => {
  it("names the seed file and section and slugs the id", () => {
    expect(seed("003", "What Constitutes an Adequate Trial?")).toEqual({
      id: "seed-003#what-constitutes-an-adequate-trial",
      citation: 'Seed 003, "What Constitutes an Adequate Trial?"',
      document: "003_8bd60a8cb1beb181.txt",
      section: "What Constitutes an Adequate Trial?",
    });
  });
});

describe.skipIf(!seedsPresent)(
  seedsPresent
    ? "seed citations"
    : "seed citations: SKIPPED because ../shared/seeds is absent beside the repo",
  () => {
    const docs = new Map<string, Set<string>>(
      seedsPresent
        ? readdirSync(seedsDir)
            .filter((f) => /^\d{3}_.*\.txt$/.test(f))
            .map((f) => [f, headings(readFileSync(join(seedsDir, f), "utf8"))])
        : [],
    );

    it("every seed(doc, section) call in src/clinical names a real heading", () => {
      const cited = citedInSource();
      expect(cited.length).toBeGreaterThan(20);
      const missing = cited.filter(({ doc, section }) => {
        const file = seed(doc as "003", section).document ?? "";
        return !docs.get(file)?.has(section);
      });
      expect(missing).toEqual([]);
    });

    it("every seed source the engine reports names a real heading of an existing seed", () => {
      const seedSources = reportedSources().filter((s) => s.document !== undefined);
      expect(new Set(seedSources.map((s) => s.document)).size).toBeGreaterThanOrEqual(4);
      const missing = seedSources
        .filter((s) => !docs.get(s.document ?? "")?.has(s.section ?? ""))
        .map((s) => `${s.document} § ${s.section}`);
      expect([...new Set(missing)]).toEqual([]);
    });

    it("every reported source has an id and a citation", () => {
      for (const s of reportedSources()) {
        expect(s.id).not.toBe("");
        expect(s.citation).not.toBe("");
      }
    });
  },
);
