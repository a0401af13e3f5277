import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loggableError, toAppError } from "./error-handler.ts";
import {
  AppError,
  errorBody,
  errorTable,
  fieldFromPointer,
  issuesFromValidation,
  statusOf,
} from "./errors.ts";

describe("the error table", () => {
  it("maps each code to one status", () => {
    expect(Object.fromEntries(Object.entries(errorTable).map(([code, e]) => [code, e.status]))).toEqual({
      "invalid-input": 400,
      unauthenticated: 401,
      "mfa-required": 401,
      forbidden: 403,
      "not-found": 404,
      conflict: 409,
      locked: 423,
      "rate-limited": 429,
      internal: 500,
    });
  });

  it("renders a body with the code, message and every issue", () => {
    const body = errorBody(
      new AppError("invalid-input", { issues: [{ field: "total", message: "too high" }] }),
    );
    expect(body).toEqual({
      error: "invalid-input",
      message: errorTable["invalid-input"].message,
      issues: [{ field: "total", message: "too high" }],
    });
    expect(statusOf("locked")).toBe(423);
  });
});

describe("field paths", () => {
  it("reads JSON pointers the way the engine's parser writes paths", () => {
    expect(fieldFromPointer("/sessions/0/doseMgPerKg", "body")).toBe("sessions[0].doseMgPerKg");
    expect(fieldFromPointer("/data/total", "body")).toBe("data.total");
    expect(fieldFromPointer("/", "body")).toBe("body");
  });

  it("names the query when a whole query is wrong", () => {
    expect(issuesFromValidation([{ instancePath: "/", message: "bad" }], "querystring")).toEqual([
      { field: "query", message: "bad" },
    ]);
  });
});

describe("toAppError", () => {
  it("keeps an AppError", () => {
    const e = new AppError("forbidden");
    expect(toAppError(e)).toBe(e);
  });

  it("maps the store's expected failures by shape", () => {
    const storeError = Object.assign(new Error("gone"), { name: "StoreError", code: "not-found" });
    expect(toAppError(storeError).code).toBe("not-found");
    const unique = new Error("insert failed", { cause: Object.assign(new Error("dup"), { code: "23505" }) });
    expect(toAppError(unique).code).toBe("conflict");
  });

  it("turns Fastify's body errors into invalid-input without their message", () => {
    const parse = Object.assign(new SyntaxError(`Unexpected token, "Jane Doe" is not valid JSON`), {
      statusCode: 400,
    });
    const mapped = toAppError(parse);
    expect(mapped.code).toBe("invalid-input");
    expect(JSON.stringify(errorBody(mapped))).not.toContain("Jane");
  });

  it("hides anything unexpected behind internal", () => {
    expect(toAppError(new TypeError("x is undefined")).code).toBe("internal");
    expect(errorBody(toAppError(new Error("secret detail"))).message).not.toContain("secret");
  });

  it("treats a rate-limit refusal as rate-limited", () => {
    expect(toAppError(Object.assign(new Error("slow"), { statusCode: 429 })).code).toBe("rate-limited");
  });
});

describe("loggableError", () => {
  it("keeps the type, code and stack frames but never the message", () => {
    const e = Object.assign(new Error("duplicate key value (mrn)=(MRN-4411)"), { code: "23505" });
    const logged = JSON.stringify(loggableError(e));
    expect(logged).toContain("23505");
    expect(logged).toContain("errors.test.ts");
    expect(logged).not.toContain("MRN-4411");
  });

  it("copes with thrown non-errors", () => {
    expect(loggableError("boom")).toEqual({ type: "string" });
    expect(z.object({}).safeParse(loggableError(new Error("x"))).success).toBe(true);
  });
});
