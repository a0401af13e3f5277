// Reading a password: the first line of a pipe, or typed at a terminal without echo, with backspace.

import { EventEmitter } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readSecretLine, type TerminalInput, typedLine } from "./secret-input.ts";

function pipe(text: string) {
  return Object.assign(Readable.from([text]), { isTTY: false, setRawMode: () => undefined });
}

/** A terminal: records raw mode, and emits what the test types as data. */
class FakeTerminal extends EventEmitter implements TerminalInput {
  readonly isTTY = true;
  raw: boolean[] = [];
  setRawMode(raw: boolean) {
    this.raw.push(raw);
  }
  setEncoding() {}
  resume() {}
  pause() {}
  type(text: string) {
    this.emit("data", text);
  }
}

describe("readSecretLine", () => {
  it("takes the first line of a pipe, without its line ending, and prompts nothing", async () => {
    const output = new PassThrough();
    let shown = "";
    output.on("data", (chunk: Buffer) => {
      shown += chunk.toString();
    });
    expect(await readSecretLine(pipe("first secret line\r\nsecond\n"), output, "Password: ")).toBe(
      "first secret line",
    );
    expect(shown).toBe("");
  });

  it("gives an empty string when the pipe ends before a line", async () => {
    expect(await readSecretLine(pipe(""), new PassThrough(), "Password: ")).toBe("");
    expect(await readSecretLine(pipe("no newline"), new PassThrough(), "Password: ")).toBe("no newline");
  });

  it("at a terminal, prompts, reads in raw mode (no echo), honours backspace, and restores the mode", async () => {
    const terminal = new FakeTerminal();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (chunk: Buffer) => {
      shown += chunk.toString();
    });
    const read = typedLine(terminal, output, "Password: ");
    terminal.type("hunter");
    terminal.type("x\u007f2 with spaces\r");
    expect(await read).toBe("hunter2 with spaces");
    expect(terminal.raw).toEqual([true, false]);
    expect(shown).toBe("Password: \n");
    expect(terminal.listenerCount("data")).toBe(0);
  });
});
