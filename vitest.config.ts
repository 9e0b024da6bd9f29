import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: run files in parallel but keep it modest; servers use free ports.
    maxWorkers: 2,
    pool: "forks",
    // Its ESM imports JSON without an import attribute, which Node 20 refuses: let Vite load it.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
  },
});
