import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "bench/**/*.test.ts", "web/**/*.test.ts"],
    reporters: ["default"],
    coverage: { provider: "v8", include: ["src/clinical/**/*.ts"], exclude: ["**/*.test.ts"] },
  },
});
