// `titrate admin` through run() with injected io and an in-memory store: input checks, exits, messages, audit.

import { describe, expect, it } from "vitest";
import { MemoryStore, runWith, testIo } from "./test-io.ts";

const password = "correct horse battery";

function createUser(store: MemoryStore, secret: string, extra: string[] = []) {
  const test = testIo({ secret });
  const argv = [
    "admin",
    "create-user",
    "--clinic",
    "Lakeside",
    "--email",
    " Nurse@Lakeside.Example ",
    "--role",
    "nurse",
  ];
  return { test, result: runWith([...argv, ...extra], test, store.access()) };
}

async function withClinic(): Promise<MemoryStore> {
  const memory = new MemoryStore();
  await memory.store.admin.createClinic("Lakeside");
  return memory;
}

describe("titrate admin create-clinic", () => {
  it("creates the clinic, audits it as a command-line action, and closes the store", async () => {
    const memory = new MemoryStore();
    const r = await runWith(["admin", "create-clinic", "Lakeside"], testIo(), memory.access());
    expect(r).toMatchObject({ status: 0, stderr: "" });
    expect(r.stdout).toMatch(/^Created clinic "Lakeside" \(id [0-9a-f-]{36}\)\.\n$/);
    expect(memory.audit).toEqual([
      expect.objectContaining({ action: "clinic.create", address: "cli", userId: null }),
    ]);
    expect(memory.opened).toEqual([{ kind: "embedded", dataDir: "/clinic/data" }]);
    expect(memory.closed).toBe(1);
  });

  it("refuses a name in use with exit 2", async () => {
    const r = await runWith(["admin", "create-clinic", "Lakeside"], testIo(), (await withClinic()).access());
    expect(r).toEqual({
      status: 2,
      stdout: "",
      stderr: "titrate: A clinic with this name already exists.\n",
    });
  });

  it("uses DATABASE_URL when it is set, and --data otherwise", async () => {
    const memory = new MemoryStore();
    const url = "postgres://titrate:pw@db.example:5432/titrate";
    await runWith(["admin", "create-clinic", "A"], testIo({ env: { DATABASE_URL: url } }), memory.access());
    await runWith(["admin", "create-clinic", "B", "--data", "elsewhere"], testIo(), memory.access());
    expect(memory.opened).toEqual([
      { kind: "url", url },
      { kind: "embedded", dataDir: "/clinic/elsewhere" },
    ]);
  });

  it("goes through the database of a Titrate running on the data folder", async () => {
    const memory = new MemoryStore();
    const r = await runWith(["admin", "create-clinic", "A"], testIo(), memory.access("/clinic/data"));
    expect(r.status).toBe(0);
    expect(memory.opened).toEqual([{ kind: "url", url: expect.stringContaining("127.0.0.1:5999") }]);
  });
});

describe("titrate admin create-user", () => {
  it("reads the password from stdin, stores only its argon2 hash, and never prints it", async () => {
    const memory = await withClinic();
    const { test, result } = createUser(memory, password);
    const r = await result;
    expect(r).toEqual({
      status: 0,
      stdout: 'Created nurse nurse@lakeside.example in clinic "Lakeside".\n',
      stderr: "",
    });
    expect(test.prompts).toEqual(["Password for nurse@lakeside.example (at least 12 characters): "]);
    const [user] = memory.users;
    expect(user?.email).toBe("nurse@lakeside.example");
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain(password);
    expect(memory.audit).toEqual([expect.objectContaining({ action: "users.create", resourceId: user?.id })]);
  });

  it.each([
    ["", "password: none was given on standard input (one line)\n"],
    ["eleven char", "password: must be at least 12 characters\n"],
    ["x".repeat(257), "password: must be at most 256 characters\n"],
  ])("refuses the password %j with exit 2 before opening the store", async (secret, stderr) => {
    const memory = await withClinic();
    const r = await createUser(memory, secret).result;
    expect(r).toEqual({ status: 2, stdout: "", stderr });
    expect(memory.opened).toEqual([]);
  });

  it("checks the role and e-mail before asking for a password", async () => {
    const test = testIo({ secret: password });
    const argv = ["admin", "create-user", "--clinic", "Lakeside", "--email", "nobody", "--role", "janitor"];
    const r = await runWith(argv, test, (await withClinic()).access());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "--email: must be an e-mail address\n--role: must be one of admin, prescriber, nurse, coordinator, readonly\n",
    );
    expect(test.prompts).toEqual([]);
  });

  it("refuses an unknown clinic and an e-mail in use, with exit 2", async () => {
    const none = await createUser(new MemoryStore(), password).result;
    expect(none).toMatchObject({ status: 2, stderr: 'titrate: There is no clinic named "Lakeside".\n' });
    const memory = await withClinic();
    await createUser(memory, password).result;
    const twice = await createUser(memory, password).result;
    expect(twice).toMatchObject({
      status: 2,
      stderr: "titrate: A user with the e-mail address nurse@lakeside.example already exists.\n",
    });
    expect(memory.users).toHaveLength(1);
  });

  it("says which option is missing", async () => {
    const r = await runWith(
      ["admin", "create-user", "--clinic", "Lakeside"],
      testIo(),
      new MemoryStore().access(),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("required option '--email <email>' not specified");
  });
});

describe("titrate admin require-mfa", () => {
  it("turns the clinic's rule on and off", async () => {
    const memory = await withClinic();
    const on = await runWith(
      ["admin", "require-mfa", "on", "--clinic", "Lakeside"],
      testIo(),
      memory.access(),
    );
    expect(on.stdout).toBe('Clinic "Lakeside" now requires an authenticator code at sign-in.\n');
    expect(memory.clinics[0]?.requireMfa).toBe(true);
    await runWith(["admin", "require-mfa", "off", "--clinic", "Lakeside"], testIo(), memory.access());
    expect(memory.clinics[0]?.requireMfa).toBe(false);
  });

  it("accepts only on or off", async () => {
    const r = await runWith(
      ["admin", "require-mfa", "yes", "--clinic", "Lakeside"],
      testIo(),
      new MemoryStore().access(),
    );
    expect(r).toEqual({ status: 2, stdout: "", stderr: "SETTING: must be on or off\n" });
  });
});
