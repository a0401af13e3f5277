// Narrows a stored text column back to the closed set of values the engine's types allow.

import { StoreError } from "./errors.ts";

export function known<T extends string>(values: readonly T[], value: string, what: string): T {
  const found = values.find((v) => v === value);
  if (found === undefined) {
    throw new StoreError(
      "invalid-stored-value",
      `A stored ${what} is not one this version of Titrate knows.`,
    );
  }
  return found;
}
