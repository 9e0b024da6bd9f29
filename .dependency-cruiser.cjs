// The module-graph rules of mlship, checked by test/architecture.test.ts (npx depcruise packages
// actions --config .dependency-cruiser.cjs shows the same). Core is a library: it imports neither
// its hosts (the GitHub adapter, the CLI, the actions) nor @actions/*, and no module graph has a cycle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      comment:
        "A cycle makes load order matter and modules impossible to read alone; move the shared part into its own module.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-imports-no-host",
      comment:
        "packages/core is the host-independent library: the GitHub adapter, the CLI and the actions depend on it, never the reverse.",
      severity: "error",
      from: { path: "(^|/)packages/core/" },
      to: {
        path: [
          "(^|/)packages/(github|cli)/",
          "(^|/)actions/",
          "(^|/)node_modules/@actions/",
          "^@actions/",
          "^@mlship/(github|cli)",
        ],
      },
    },
    {
      name: "data-imports-no-validate",
      comment:
        "data/ reads tables (CSV, Parquet, JSONL) and profiles them; validate/ checks them against a schema on top of it, never the reverse.",
      severity: "error",
      from: { path: "(^|/)packages/core/src/data/" },
      to: { path: "(^|/)packages/core/src/validate/" },
    },
    {
      name: "report-imports-no-train",
      comment: "A report renders results it is given; training is a step's work, not a renderer's.",
      severity: "error",
      from: { path: "(^|/)packages/core/src/report/" },
      to: { path: "(^|/)packages/core/src/train/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "/dist/" },
  },
};
