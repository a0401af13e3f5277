// PDF text keeps what standard fonts can draw and swaps what they cannot for readable stand-ins.

import { describe, expect, it } from "vitest";
import { pdfText } from "./pdf-text.ts";

describe("pdfText", () => {
  it("keeps Latin-1 and Windows-1252 punctuation", () => {
    expect(pdfText("Zoë — “café” · 5 × 2 …")).toBe("Zoë — “café” · 5 × 2 …");
  });

  it("replaces minus, comparison signs and arrows with plain text", () => {
    expect(pdfText("Partial (−25%) ≤ 4 → next ≥ 5 ↑")).toBe("Partial (-25%) <= 4 -> next >= 5 ");
  });

  it("marks characters it cannot draw instead of dropping them silently", () => {
    expect(pdfText("ok 中")).toBe("ok ?");
  });
});

describe("pdfText on SVG source", () => {
  it("keeps the markup well formed when a stand-in holds a less-than sign", () => {
    expect(pdfText("<text>Remission ≤ 10</text>", true)).toBe("<text>Remission &lt;= 10</text>");
  });
});
