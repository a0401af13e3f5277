// The one-statement record load: any valid record charted row by row loads back exactly, in charting order.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordArb } from "../clinical/assess.arbitraries.ts";
import type { Store } from "./store.ts";
import { chart } from "./test-charting.ts";
import { createTestClinic, type TestClinic } from "./test-database.ts";
import { setUpTestStore } from "./test-store.ts";

let store: Store;
let clinic: TestClinic;
setUpTestStore(["Loader Clinic"], (started) => {
  store = started.store;
  [clinic] = started.clinics;
});

describe("loadRecord", () => {
  it("returns any charted record exactly: floats, nulls, arrays, nested session details and row order", async () => {
    await fc.assert(
      // Weights with any fraction, which a float column must give back to the last bit.
      fc.asyncProperty(
        recordArb,
        fc.double({ min: 40, max: 200, noNaN: true }),
        async (generated, weightKg) => {
          const record = { ...generated, patient: { ...generated.patient, weightKg } };
          const id = await store.inClinic(clinic.actor, (scope) => chart(scope, record));
          const loaded = await store.inClinic(clinic.actor, (scope) => scope.loadRecord(id));
          // Rows with the same date keep charting order, as the per-table lists do.
          const byDate = <T extends { date: string }>(rows: readonly T[]) =>
            rows
              .map((r, i) => ({ r, i }))
              .sort((a, b) => a.r.date.localeCompare(b.r.date) || a.i - b.i)
              .map((x) => x.r);
          expect(loaded).toEqual({
            ...record,
            patient: { ...record.patient, id },
            sessions: byDate(record.sessions),
            measurements: byDate(record.measurements),
            events: byDate(record.events),
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it("is null for an unknown id, a malformed id, and another clinic's patient", async () => {
    const other = await createTestClinic(store, "Other Loader Clinic");
    const [record] = fc.sample(recordArb, { numRuns: 1, seed: 7 });
    if (record === undefined) throw new Error("no sample");
    const theirs = await store.inClinic(other.actor, (scope) => chart(scope, record));
    await store.inClinic(clinic.actor, async (scope) => {
      expect(await scope.loadRecord("00000000-0000-4000-8000-000000000000")).toBeNull();
      expect(await scope.loadRecord("not-a-uuid")).toBeNull();
      expect(await scope.loadRecord(theirs)).toBeNull();
    });
  });
});
