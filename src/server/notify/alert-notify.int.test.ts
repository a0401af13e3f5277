// Alert notices through a real local SMTP sink and a real HTTP receiver: sent at once, free of PHI, escalated on time.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPatient } from "../test-data.ts";
import { type ApiFixture, type Client, type ClinicFixture, json, openApi } from "../test-fixture.ts";

interface Mail {
  readonly to: string[];
  readonly data: string;
}

let api: ApiFixture;
let clinic: ClinicFixture;
let smtp: SMTPServer;
let receiver: Server;
const mails: Mail[] = [];
const posts: string[] = [];

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => {
        data += chunk.toString("utf8");
      });
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      posts.push(body);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const hookPort = (receiver.address() as AddressInfo).port;
  api = await openApi({
    smtpHost: "127.0.0.1",
    smtpPort,
    smtpFrom: "alerts@clinic.test",
    alertWebhookUrl: `http://127.0.0.1:${hookPort}/hook`,
    publicUrl: "https://titrate.clinic.test",
    alertSweepSeconds: 1,
  });
  clinic = await api.clinic();
}, 120_000);

afterAll(async () => {
  await api?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

async function submitPositivePhq9(prescriber: Client, nurse: Client): Promise<void> {
  const patient = newPatient({ givenName: "Ximena", familyName: "Oakenshield" });
  const { id } = json<{ id: string }>(await prescriber.request("POST", "/api/patients", patient));
  const sent = json<{ url: string }>(
    await nurse.request("POST", `/api/patients/${id}/self-report-links`, { forms: ["PHQ9"] }),
  );
  const token = sent.url.split("#")[1] ?? "";
  const headers = { "x-report-token": token, "content-type": "application/json" };
  for (let i = 1; i <= 9; i++) {
    const payload = JSON.stringify({ questionId: `PHQ9.${i}`, value: i === 9 ? 2 : 1 });
    await api.app.inject({ method: "PUT", url: "/api/report/answers", headers, payload });
  }
  const reply = await api.app.inject({
    method: "POST",
    url: "/api/report/submit",
    headers: { "x-report-token": token },
  });
  expect(reply.statusCode).toBe(200);
}

describe("alert notices", { timeout: 30_000 }, () => {
  it("lets an admin set recipients and escalation, and nobody else", async () => {
    const admin = await clinic.signIn("admin");
    const nurse = await clinic.signIn("nurse");
    const settings = {
      recipients: ["team@clinic.test"],
      onCall: "oncall@clinic.test",
      escalationMinutes: 15,
      linkExpiryHours: 48,
      showClassification: false,
    };
    expect((await nurse.request("PUT", "/api/clinic/notifications", settings)).status).toBe(403);
    const bad = await admin.request("PUT", "/api/clinic/notifications", {
      ...settings,
      escalationMinutes: 1,
    });
    expect(bad.body).toMatchObject({ issues: [{ field: "escalationMinutes" }] });
    expect((await admin.request("PUT", "/api/clinic/notifications", settings)).body).toEqual(settings);
    expect((await admin.request("GET", "/api/clinic/notifications")).body).toEqual(settings);
  });

  it("e-mails the team and posts the webhook at once, with no name or answers, then escalates to on-call", async () => {
    const prescriber = await clinic.signIn("prescriber");
    const nurse = await clinic.signIn("nurse");
    await submitPositivePhq9(prescriber, nurse);

    await until(() => mails.length >= 1 && posts.length >= 1, "the first notice");
    const [first] = mails;
    expect(first?.to).toEqual(["team@clinic.test"]);
    expect(first?.data).toContain("A safety alert needs review at https://titrate.clinic.test");
    const hook = JSON.parse(posts[0] ?? "{}") as Record<string, unknown>;
    expect(Object.keys(hook).sort()).toEqual(["alertId", "kind", "reviewUrl", "text"]);
    expect(hook).toMatchObject({ kind: "new", reviewUrl: "https://titrate.clinic.test" });
    for (const text of [first?.data ?? "", posts[0] ?? ""]) {
      for (const phi of ["Ximena", "Oakenshield", "PHQ", "item 9", "Thoughts"])
        expect(text).not.toContain(phi);
    }

    // Nobody acknowledges: 14 minutes is not yet the clinic's 15, 15 is.
    api.advance(14 * 60_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mails).toHaveLength(1);
    api.advance(60_000);
    await until(() => mails.length >= 2, "the escalation");
    expect(mails[1]?.to).toEqual(["oncall@clinic.test"]);
    expect(mails[1]?.data).toContain("still unacknowledged");
    await new Promise((r) => setTimeout(r, 1500));
    expect(mails).toHaveLength(2);
  });
});
