// For *.int.test.ts: the file's database and its clinics, started before its tests and stopped after them.

import { afterAll, beforeAll } from "vitest";
import type { Store } from "./store.ts";
import {
  createTestClinic,
  startTestDatabase,
  startTimeout,
  type TestClinic,
  type TestDatabase,
} from "./test-database.ts";

export interface TestStore<Names extends readonly string[]> {
  readonly db: TestDatabase;
  readonly store: Store;
  /** One clinic per name, in the order named. */
  readonly clinics: { readonly [K in keyof Names]: TestClinic };
}

/**
 * Registers the file's beforeAll and afterAll. `ready` receives the started store and its clinics (for
 * the file's own variables and any further setup) before any test runs.
 */
export function setUpTestStore<const Names extends readonly string[]>(
  clinicNames: Names,
  ready: (started: TestStore<Names>) => Promise<void> | void,
): void {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await startTestDatabase();
    const clinics: TestClinic[] = [];
    for (const name of clinicNames) clinics.push(await createTestClinic(db.store, name));
    // One clinic per name, in order, by the loop above.
    await ready({ db, store: db.store, clinics: clinics as unknown as TestStore<Names>["clinics"] });
  }, startTimeout);
  afterAll(async () => {
    await db?.stop();
  });
}
