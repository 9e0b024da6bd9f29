/**
 * The scan worker (its own build entry, dist/chunks/csv-scan-worker.js): splits records and parses
 * numbers from bytes while the thread that started it (scan.ts) uses the batches.
 */
import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { scanner } from "./scanner.js";

const port = parentPort;
if (!port) throw new Error("scan-worker.ts runs as a worker thread (scan.ts starts it)");
scanner
  .runWorker({ parentPort: port, workerData, fs, isUtf8 })
  .catch((e: unknown) => port.postMessage({ type: "failed", error: String((e as Error)?.stack ?? e) }));
