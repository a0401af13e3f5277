// A zod error as the API's field issues: the same paths (`checks[0].heartRate`) and messages the server sends.

import type { z } from "zod";
import type { FieldIssue } from "../api/client.ts";

function pathOf(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** One issue per field and rule; a value of the wrong type reads as the rule a form can act on. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: pathOf(issue.path),
    message:
      issue.code !== "invalid_type"
        ? issue.message
        : issue.message.endsWith("received undefined")
          ? "is required"
          : issue.expected === "number"
            ? "must be a number"
            : issue.message,
  }));
}
