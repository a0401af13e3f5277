// drizzle-kit configuration: `npx drizzle-kit generate --config src/store/drizzle.config.ts` writes SQL migrations.

import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: [
    "./src/store/schema-accounts.ts",
    "./src/store/schema-clinical.ts",
    "./src/store/schema-self-report.ts",
    "./src/store/schema-intake.ts",
  ],
  out: "./src/store/migrations",
});
