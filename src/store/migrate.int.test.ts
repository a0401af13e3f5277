import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool } from "./database-url.ts";
import { migrateDatabase, migrationsFolder } from "./migrate.ts";
import { openStore } from "./open-store.ts";
import { startTestDatabase, startTimeout, type TestDatabase, withClient } from "./test-database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
}, startTimeout);
afterAll(async () => {
  await db?.stop();
});

const clinicTables = [
  "clinics",
  "users",
  "auth_sessions",
  "audit_events",
  "patients",
  "diagnoses",
  "prior_treatments",
  "medications",
  "courses",
  "treatment_sessions",
  "measurements",
  "clinical_events",
  "decisions",
  "documents",
  "amendments",
  "self_report_links",
  "self_report_alerts",
  "clinic_notification_settings",
  "intake_versions",
  "patient_coverage",
  "clinic_price_lists",
  "pathway_decisions",
];

describe("migrations", () => {
  it("applied every committed migration on the empty database, and a second run applies none", async () => {
    const journal = JSON.parse(
      await readFile(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
    ) as {
      entries: unknown[];
    };
    const pool = createPool(db.appUrl);
    try {
      const recorded = await pool.query<{ n: number }>(
        "select count(*)::int as n from drizzle.__drizzle_migrations",
      );
      expect(recorded.rows[0]?.n).toBe(journal.entries.length);
      expect(await migrateDatabase(pool)).toBe(0);
      const again = await pool.query<{ n: number }>(
        "select count(*)::int as n from drizzle.__drizzle_migrations",
      );
      expect(again.rows[0]?.n).toBe(journal.entries.length);
    } finally {
      await pool.end();
    }
  });

  it("turns on and forces row-level security on every table", async () => {
    const rows = await withClient(db.appUrl, async (c) => {
      const result = await c.query<{ name: string; enabled: boolean; forced: boolean }>(
        "select relname as name, relrowsecurity as enabled, relforcerowsecurity as forced from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by relname",
      );
      return result.rows;
    });
    expect(rows.map((r) => r.name).sort()).toEqual([...clinicTables].sort());
    for (const row of rows) expect(row, row.name).toMatchObject({ enabled: true, forced: true });
  });
});

describe("the application's database role", () => {
  it("is neither a superuser nor able to bypass row-level security", async () => {
    const role = await withClient(db.appUrl, async (c) => {
      const result = await c.query<{ superuser: boolean; bypassrls: boolean }>(
        "select rolsuper as superuser, rolbypassrls as bypassrls from pg_roles where rolname = current_user",
      );
      return result.rows[0];
    });
    expect(role).toEqual({ superuser: false, bypassrls: false });
  });

  it("is refused when it is a superuser", async () => {
    await expect(openStore({ kind: "url", url: db.superuserUrl })).rejects.toThrow(
      /is a superuser, so the database would not keep clinics apart/,
    );
  });
});
