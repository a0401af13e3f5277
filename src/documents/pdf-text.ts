// Text for PDF standard fonts: they carry only the Windows-1252 characters, so a few others get plain stand-ins.

const standIns: Readonly<Record<string, string>> = {
  "\u2212": "-", // minus sign
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2191": "",
  "\u2193": "",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2248": "~",
  "\u2009": " ",
  "\u202f": " ",
  "\u00a0": " ",
  "\u2713": "yes",
  "\u2717": "no",
};

/** Windows-1252 beyond Latin-1: the characters standard fonts can still draw. */
const win1252Extras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** With `markup`, the text is SVG source, so stand-ins that bring a "<" are written as its entity. */
export function pdfText(text: string, markup = false): string {
  let out = "";
  for (const ch of text) {
    const raw = standIns[ch];
    const standIn = markup ? raw?.replaceAll("<", "&lt;") : raw;
    if (standIn !== undefined) out += standIn;
    else if ((ch.codePointAt(0) ?? 0) <= 0xff || win1252Extras.has(ch)) out += ch;
    else out += "?";
  }
  return out;
}

export const fonts = {
  regular: "Helvetica",
  bold: "Helvetica-Bold",
  italic: "Helvetica-Oblique",
} as const;

export const colours = {
  text: "#1f2937",
  muted: "#4b5563",
  rule: "#d1d5db",
  heading: "#1e3a8a",
  headerFill: "#eef2ff",
  info: "#1d4ed8",
  warning: "#b45309",
} as const;
