#!/usr/bin/env node
// The `titrate` executable: lets Node load the TypeScript sources through tsx, then runs the CLI.

import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/cli/main.ts");
const { nodeIo } = await import("../src/cli/node-io.ts");
process.exitCode = await run(process.argv.slice(2), nodeIo());
