// The scan worker when mlship runs from its TypeScript sources (tsx, vitest): a worker thread does
// not inherit tsx's loader, so this registers it, then runs scan-worker.ts. The bundles run their
// own build of scan-worker.ts (dist/chunks/csv-scan-worker.js) instead.
import { register } from "tsx/esm/api";

register();
await import("./scan-worker.ts");
