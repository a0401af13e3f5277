// Reading one secret line from standard input: not echoed on a terminal, the first line of a pipe otherwise.

import readline from "node:readline";

const enter = new Set(["\r", "\n"]);
const erase = new Set(["\u007f", "\b"]);
const interrupt = "\u0003";
const endOfInput = "\u0004";

/** The first line of a non-terminal input; "" when it ends first. Leaves the rest unread. */
function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const lines = readline.createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    let answered = false;
    lines.once("line", (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once("close", () => {
      if (!answered) resolve("");
    });
  });
}

/** Raw mode, so the terminal shows nothing of what is typed; Ctrl-C still interrupts. */
/** The part of a terminal's input stream the prompt uses. */
export interface TerminalInput {
  readonly isTTY?: boolean;
  setRawMode(raw: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
  on(event: "data", listener: (chunk: string) => void): unknown;
  removeListener(event: "data", listener: (chunk: string) => void): unknown;
}

export function typedLine(
  input: TerminalInput,
  output: NodeJS.WritableStream,
  prompt: string,
): Promise<string> {
  output.write(prompt);
  input.setRawMode(true);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve) => {
    let typed = "";
    const finish = (interrupted: boolean) => {
      input.removeListener("data", onData);
      input.setRawMode(false);
      input.pause();
      output.write("\n");
      if (interrupted) process.kill(process.pid, "SIGINT");
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (enter.has(character) || character === endOfInput) return finish(false);
        if (character === interrupt) return finish(true);
        if (erase.has(character)) typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.on("data", onData);
  });
}

export function readSecretLine(
  input: NodeJS.ReadableStream & TerminalInput,
  output: NodeJS.WritableStream,
  prompt: string,
): Promise<string> {
  return input.isTTY === true ? typedLine(input, output, prompt) : firstLine(input);
}
