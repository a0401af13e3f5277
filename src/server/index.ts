// The HTTP server's public face: build the app, parse its configuration, and hash passwords for the CLI.

export { type AppOptions, buildApp } from "./app.ts";
export { hashPassword } from "./auth/password.ts";
export {
  parseServerConfig,
  type ServerConfig,
  type ServerConfigInput,
  serverConfigFromEnv,
  serverConfigSchema,
} from "./config.ts";
export type { Clock } from "./context.ts";
export { type ErrorCode, errorTable } from "./errors.ts";
export type { LogOptions } from "./logging.ts";
export { type Action, can, permissions } from "./permissions.ts";
