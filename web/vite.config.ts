// Vite build of the clinician web app: React, bundled into web/dist for the server's static plugin.

import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Observable Plot is split off by the dynamic import in chart/trajectory-chart.tsx; the rest (React,
    // TanStack Query, the engine's instruments and dose rules) is one ~440 kB chunk, ~130 kB gzipped.
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      // The patient's self-report page is a second, small entry that never loads the clinician app.
      input: { main: `${root}index.html`, report: `${root}report.html` },
      output: {
        // The engine's instruments and dose rules (and zod, which its schemas use) in one chunk named for what it is,
        // shared by the screens after sign-in.
        codeSplitting: {
          groups: [{ name: "clinical-engine", test: /[\\/](src[\\/]clinical|node_modules[\\/]zod)[\\/]/ }],
        },
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` beside `npm start`: the API stays on the real server.
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
