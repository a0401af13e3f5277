// Patient search on its one expression: what matches, what cannot, and the count beside a page.

import { describe, expect, it } from "vitest";
import type { NewPatient, Store } from "./store.ts";
import type { TestClinic } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let store: Store;
let clinic: TestClinic;
const person = (givenName: string, familyName: string, mrn: string | null): NewPatient => ({
  mrn,
  givenName,
  familyName,
  birthDate: "1980-01-01",
  sex: "female",
  weightKg: 70,
  heightCm: null,
  history: {},
});
setUpTestStore(["Search Index Clinic"], async (started) => {
  store = started.store;
  [clinic] = started.clinics;
  await store.inClinic(clinic.actor, async (scope) => {
    for (const [given, family, mrn] of [
      ["Ada", "Lovelace", "MRN-100"],
      ["Grace", "Hopper", null],
      ["Alan", "Turing", "MRN-300"],
      ["Mary", "Somerville", "MRN-400"],
    ] as const) {
      await scope.createPatient(person(given, family, mrn));
    }
  });
});

const search = (query: string, offset = 0, limit = 10) =>
  store.inClinic(clinic.actor, (scope) => scope.listPatients({ query, limit, offset }));

describe("patient search", () => {
  it("matches a given name, a family name, 'given family' and an MRN, in any case", async () => {
    expect((await search("ada")).patients.map((p) => p.familyName)).toEqual(["Lovelace"]);
    expect((await search("HOPP")).patients.map((p) => p.familyName)).toEqual(["Hopper"]);
    expect((await search("alan tur")).patients.map((p) => p.familyName)).toEqual(["Turing"]);
    expect((await search("mrn-4")).patients.map((p) => p.familyName)).toEqual(["Somerville"]);
  });

  it("never matches across the family name into the MRN, nor a patient without an MRN by 'null'", async () => {
    expect((await search("Lovelace MRN")).total).toBe(0);
    expect((await search("LovelaceMRN")).total).toBe(0);
    expect((await search("null")).total).toBe(0);
  });

  it("counts every match beside one page, and still counts on a page past the end", async () => {
    const first = await search("MRN-", 0, 2);
    expect(first.patients.map((p) => p.familyName)).toEqual(["Lovelace", "Somerville"]);
    expect(first.total).toBe(3);
    const past = await search("MRN-", 10, 2);
    expect(past).toEqual({ patients: [], total: 3 });
    expect(await search("nobody")).toEqual({ patients: [], total: 0 });
  });
});
