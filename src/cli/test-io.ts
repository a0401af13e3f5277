// For CLI unit tests: a CliIo that records its output, a stop signal the test sends, and an in-memory store for the admin commands.

import { randomUUID } from "node:crypto";
import { defaultSettings } from "../clinical/index.ts";
import type { AuditInput, Clinic, Credentials, OpenedStore, Store, StoreConfig } from "../store/index.ts";
import { StoreError } from "../store/index.ts";
import type { CliIo, ShutdownSignal, ShutdownWatch, StoreAccess } from "./cli-io.ts";
import { run } from "./main.ts";

export interface Ran {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TestIoOptions {
  readonly files?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** What standard input gives readSecret. */
  readonly secret?: string;
  readonly io?: Partial<CliIo>;
}

export interface TestIo {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Sends a stop signal to every watch started so far. */
  readonly signal: (signal: ShutdownSignal) => void;
  readonly prompts: string[];
}

export function testIo(options: TestIoOptions = {}): TestIo {
  let stdout = "";
  let stderr = "";
  const prompts: string[] = [];
  const watchers = new Set<(signal: ShutdownSignal) => void>();
  const watchShutdown = (): ShutdownWatch => {
    let settle: (signal: ShutdownSignal) => void = () => undefined;
    const received = new Promise<ShutdownSignal>((resolve) => {
      settle = resolve;
    });
    watchers.add(settle);
    return { received, claim: () => undefined, stop: () => watchers.delete(settle) };
  };
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => {
      const text = options.files?.[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    },
    today: () => "2026-02-01",
    now: () => new Date("2026-02-01T12:00:00Z"),
    env: options.env ?? {},
    cwd: "/clinic",
    readSecret: async (prompt) => {
      prompts.push(prompt);
      return options.secret ?? "";
    },
    watchShutdown,
    ...options.io,
  };
  return {
    io,
    stdout: () => stdout,
    stderr: () => stderr,
    signal: (signal) => {
      for (const settle of watchers) settle(signal);
    },
    prompts,
  };
}

export async function runWith(argv: readonly string[], test: TestIo, stores?: StoreAccess): Promise<Ran> {
  const status = await run(argv, test.io, stores);
  return { status, stdout: test.stdout(), stderr: test.stderr() };
}

const unused = (what: string) => () => {
  throw new Error(`${what} is not part of this fake`);
};

/** Clinics, users and audit events in memory: what the admin and audit commands touch, nothing more. */
export class MemoryStore {
  readonly clinics: Clinic[] = [];
  readonly users: Credentials[] = [];
  readonly audit: AuditInput[] = [];
  verifyResult = { ok: true, checked: 0, firstBreak: null as number | null };
  /** The configs the commands opened, in order. */
  readonly opened: StoreConfig[] = [];
  closed = 0;

  readonly store: Store = {
    inClinic: unused("inClinic"),
    selfReport: {
      findLink: unused("findLink"),
      saveAnswer: unused("saveAnswer"),
      submit: unused("submit"),
      measurementsOf: unused("measurementsOf"),
      settingsOf: unused("settingsOf"),
      pendingAlerts: unused("pendingAlerts"),
      markNotified: unused("markNotified"),
      markEscalated: unused("markEscalated"),
    },
    auth: {
      findCredentials: async (email) => this.users.find((u) => u.email === email.toLowerCase()) ?? null,
      recordLoginFailure: unused("recordLoginFailure"),
      recordLoginSuccess: unused("recordLoginSuccess"),
      setTotp: unused("setTotp"),
      claimTotpStep: unused("claimTotpStep"),
      createSession: unused("createSession"),
      touchSession: unused("touchSession"),
      revokeSession: unused("revokeSession"),
      revokeUserSessions: unused("revokeUserSessions"),
    },
    admin: {
      createClinic: async (name) => {
        if (this.clinics.some((c) => c.name === name))
          throw new StoreError("conflict", "A clinic with this name already exists.");
        const clinic: Clinic = { id: randomUUID(), name, requireMfa: false, settings: defaultSettings };
        this.clinics.push(clinic);
        return clinic;
      },
      findClinicByName: async (name) => this.clinics.find((c) => c.name === name) ?? null,
      createUser: async (input) => {
        const user: Credentials = {
          ...input,
          id: randomUUID(),
          active: true,
          totpEnrolled: false,
          totpSecret: null,
          totpLastStep: null,
          failedAttempts: 0,
          lockedUntil: null,
        };
        this.users.push(user);
        return user;
      },
      setClinicRequireMfa: async (clinicId, required) => {
        const index = this.clinics.findIndex((c) => c.id === clinicId);
        const clinic = this.clinics[index];
        if (clinic === undefined) throw new StoreError("not-found", "No such clinic.");
        this.clinics[index] = { ...clinic, requireMfa: required };
      },
    },
    auditStandalone: async (event) => {
      this.audit.push(event);
    },
    verifyAudit: async () => this.verifyResult,
    close: async () => undefined,
  };

  /** Store access that opens this store; `running` answers for a server said to run on `runningOn`. */
  access(runningOn: string | null = null): StoreAccess {
    return {
      open: async (config) => {
        this.opened.push(config);
        const opened: OpenedStore = {
          store: this.store,
          connectionInfo: { kind: config.kind, host: "", port: 0, database: "", user: "", dataDir: null },
          announce: async () => undefined,
          close: async () => {
            this.closed++;
          },
        };
        return opened;
      },
      running: async (dataDir) =>
        dataDir === runningOn
          ? { kind: "url", url: "postgres://titrate:secret@127.0.0.1:5999/titrate" }
          : null,
    };
  }
}
