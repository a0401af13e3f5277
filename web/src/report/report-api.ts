// The patient page's calls: the token goes in a header on every request, never in a URL.

import type { Language, OfficialText, Wording } from "../../../src/clinical/knowledge/scale-wording.ts";

export type { Language, Wording };
export interface Question {
  readonly id: string;
  readonly form: string;
  readonly item: number | null;
  readonly stem: OfficialText | null;
  readonly text: OfficialText;
  readonly choices: readonly { readonly value: number; readonly label: OfficialText }[];
  /** Languages the wording is held in; in any other the page shows it in English. */
  readonly languages: readonly Language[];
}
export interface Receipt {
  readonly submittedAt: string;
  readonly crisis: boolean;
  readonly dosingHold: boolean;
}
export interface Progress {
  readonly instrument: string;
  readonly name: string;
  readonly points: readonly { readonly date: string; readonly total: number }[];
  readonly summary: Wording;
  readonly band: string | null;
  readonly maxTotal: number;
}
export interface LinkView {
  readonly state: "open" | "submitted" | "expired";
  readonly language: Language;
  readonly questions: readonly Question[];
  readonly answers: Readonly<Record<string, number>>;
  readonly receipt: Receipt | null;
}
export interface Submitted {
  readonly receipt: Receipt;
  readonly progress: readonly Progress[];
}

/** Why a call failed: the link is unknown, the network is down, or the server refused. */
export class ReportError extends Error {
  constructor(
    readonly kind: "not-found" | "offline" | "refused",
    readonly status: number,
  ) {
    super(kind);
    this.name = "ReportError";
  }
}

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        "x-report-token": token,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      cache: "no-store",
    });
  } catch {
    throw new ReportError("offline", 0);
  }
  if (response.status === 404) throw new ReportError("not-found", response.status);
  if (!response.ok) throw new ReportError("refused", response.status);
  return response.status === 204 ? null : ((await response.json()) as T);
}

export const reportApi = {
  async view(token: string): Promise<LinkView> {
    const view = await call<LinkView>(token, "GET", "/api/report");
    if (view === null) throw new ReportError("refused", 204);
    return view;
  },
  async answer(token: string, questionId: string, value: number): Promise<void> {
    await call(token, "PUT", "/api/report/answers", { questionId, value });
  },
  async submit(token: string): Promise<Submitted> {
    const result = await call<Submitted>(token, "POST", "/api/report/submit");
    if (result === null) throw new ReportError("refused", 204);
    return result;
  },
};
