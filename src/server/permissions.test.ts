import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { roles } from "../store/store.ts";
import { actions, can, permissions, permissionsMarkdown } from "./permissions.ts";

/** Biome pads markdown tables; compare cell contents, not column widths. */
function cells(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line.startsWith("|")
        ? line
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/^(:?)-+(:?)$/, "$1-$2"))
            .join("|")
        : line,
    )
    .join("\n");
}

const granted = (role: (typeof roles)[number]) => new Set(permissions[role]);

describe("the permission table", () => {
  // To regenerate: npx tsx -e 'import("./src/server/permissions.ts").then((m) => process.stdout.write(m.permissionsMarkdown()))' > docs/permissions.md
  it("is what docs/permissions.md says", () => {
    const doc = readFileSync(new URL("../../docs/permissions.md", import.meta.url), "utf8");
    expect(cells(doc)).toBe(cells(permissionsMarkdown()));
  });

  it("grants every action to some role, and names only known actions", () => {
    for (const action of actions) expect(roles.some((r) => can(r, action))).toBe(true);
    for (const role of roles) for (const action of permissions[role]) expect(actions).toContain(action);
  });

  it("gives readonly exactly the reads, and every other role at least those", () => {
    const reads = actions.filter((a) => a.endsWith(".list") || a.endsWith(".read"));
    const clinicalReads = reads.filter((a) => a !== "audit.read" && a !== "clinic.read");
    expect([...granted("readonly")].sort()).toEqual(clinicalReads.sort());
    for (const role of roles) for (const a of clinicalReads) expect(can(role, a)).toBe(true);
  });

  it("keeps users, audit and clinic settings with admin alone", () => {
    for (const a of [
      "audit.read",
      "users.create",
      "users.revokeSessions",
      "users.resetTotp",
      "clinic.update",
    ] as const) {
      expect(roles.filter((r) => can(r, a))).toEqual(["admin"]);
    }
  });

  it("lets admin write no clinical data", () => {
    const writes = actions.filter(
      (a) => /\.(add|amend|create|update|status)$/.test(a) && !a.startsWith("users."),
    );
    for (const a of writes.filter((w) => w !== "clinic.update")) expect(can("admin", a)).toBe(false);
  });

  it("keeps decisions with prescribers", () => {
    expect(roles.filter((r) => can(r, "decisions.create"))).toEqual(["prescriber"]);
  });

  it("lets nurses chart sessions, measurements, medications and events but not decide or diagnose", () => {
    for (const a of ["sessions.add", "measurements.add", "medications.add", "events.add"] as const)
      expect(can("nurse", a)).toBe(true);
    for (const a of ["decisions.create", "diagnoses.add", "patients.create", "priorTreatments.add"] as const)
      expect(can("nurse", a)).toBe(false);
  });

  it("lets coordinators keep demographics, events and prior treatments but not doses", () => {
    for (const a of [
      "patients.create",
      "patients.update",
      "patients.status",
      "events.add",
      "priorTreatments.add",
    ] as const)
      expect(can("coordinator", a)).toBe(true);
    for (const a of [
      "sessions.add",
      "sessions.amend",
      "medications.add",
      "measurements.add",
      "decisions.create",
    ] as const)
      expect(can("coordinator", a)).toBe(false);
  });
});
