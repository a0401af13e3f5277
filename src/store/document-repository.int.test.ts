// Stored documents: versions per kind, signing once, and a signed row the database itself refuses to change.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "./store.ts";
import {
  createTestClinic,
  startTestDatabase,
  startTimeout,
  type TestDatabase,
  withClient,
} from "./test-database.ts";

let db: TestDatabase;
let actor: Actor;
let patientId = "";

beforeAll(async () => {
  db = await startTestDatabase();
  ({ actor } = await createTestClinic(db.store, "Documents Clinic"));
  const patient = await db.store.inClinic(actor, (scope) =>
    scope.createPatient({
      mrn: null,
      givenName: "Test",
      familyName: "Person",
      birthDate: "1980-01-01",
      sex: "female",
      weightKg: 70,
      heightCm: 165,
      history: {},
    }),
  );
  patientId = patient.id;
}, startTimeout);

afterAll(async () => {
  await db?.stop();
});

const draft = (hash: string) => ({
  patientId,
  kind: "course-record",
  contentHash: hash,
  model: { document: "stand-in" },
  pdf: Buffer.from("%PDF-stand-in"),
});

describe("document repository", () => {
  it("numbers versions per kind and marks older ones superseded", async () => {
    const [one, two, letter] = await db.store.inClinic(actor, async (scope) => [
      await scope.documents.create(draft("a")),
      await scope.documents.create(draft("b")),
      await scope.documents.create({ ...draft("c"), kind: "patient-letter" }),
    ]);
    expect([one?.version, two?.version, letter?.version]).toEqual([1, 2, 1]);
    const list = await db.store.inClinic(actor, (scope) => scope.documents.list(patientId));
    expect(list.map((d) => [d.kind, d.version, d.superseded])).toEqual([
      ["patient-letter", 1, false],
      ["course-record", 2, false],
      ["course-record", 1, true],
    ]);
  });

  it("signs once, storing what finish returns; a second sign is a conflict", async () => {
    const created = await db.store.inClinic(actor, (scope) => scope.documents.create(draft("d")));
    const at = new Date("2026-05-01T10:00:00Z");
    const signed = await db.store.inClinic(actor, (scope) =>
      scope.documents.sign(
        patientId,
        created.id,
        async () => ({ model: { signer: "me" }, pdf: Buffer.from("signed") }),
        at,
      ),
    );
    expect(signed).toMatchObject({ signed: true, signedBy: actor.userId, signedAt: at });
    const read = await db.store.inClinic(actor, (scope) => scope.documents.get(patientId, created.id));
    expect(read?.pdf?.toString()).toBe("signed");
    expect(read?.model).toEqual({ signer: "me" });
    await expect(
      db.store.inClinic(actor, (scope) =>
        scope.documents.sign(patientId, created.id, async () => ({ model: {}, pdf: Buffer.from("x") }), at),
      ),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses UPDATE and DELETE of a signed row even for a superuser, while a draft can still change", async () => {
    const [signedDoc, draftDoc] = await db.store.inClinic(actor, async (scope) => {
      const a = await scope.documents.create({ ...draft("e"), kind: "referral-report" });
      const b = await scope.documents.create({ ...draft("f"), kind: "discontinuation-summary" });
      await scope.documents.sign(
        patientId,
        a.id,
        async () => ({ model: {}, pdf: Buffer.from("s") }),
        new Date(),
      );
      return [a, b];
    });
    await withClient(db.superuserUrl, async (client) => {
      await expect(
        client.query("UPDATE documents SET content_hash = 'tampered' WHERE id = $1", [signedDoc.id]),
      ).rejects.toThrow(/signed document cannot be changed/);
      await expect(client.query("DELETE FROM documents WHERE id = $1", [signedDoc.id])).rejects.toThrow(
        /signed document cannot be changed/,
      );
      const changed = await client.query("UPDATE documents SET content_hash = 'redrafted' WHERE id = $1", [
        draftDoc.id,
      ]);
      expect(changed.rowCount).toBe(1);
    });
  });

  it("finds nothing for another clinic", async () => {
    const other = await createTestClinic(db.store, "Other Documents Clinic");
    const created = await db.store.inClinic(actor, (scope) => scope.documents.create(draft("g")));
    const seen = await db.store.inClinic(other.actor, async (scope) => ({
      list: await scope.documents.list(patientId),
      one: await scope.documents.get(patientId, created.id),
    }));
    expect(seen).toEqual({ list: [], one: null });
    await expect(
      db.store.inClinic(other.actor, (scope) => scope.documents.create(draft("h"))),
    ).rejects.toMatchObject({ code: "not-found" });
  });
});
