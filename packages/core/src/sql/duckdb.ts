import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { UserError } from "../errors.js";

/** What mlship uses of @duckdb/node-api (never bundled: loaded from where it is installed). */
export interface DuckdbConnection {
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  closeSync(): void;
}
export interface Duckdb {
  DuckDBInstance: {
    create(path?: string, options?: Record<string, string>): Promise<{ connect(): Promise<DuckdbConnection> }>;
  };
}

const MODULE = "@duckdb/node-api";

const DUCKDB_INSTALL =
  "install it beside mlship (npm install @duckdb/node-api), or into a folder named by MLSHIP_DUCKDB_PATH " +
  '(on a runner: npm install --prefix "$RUNNER_TOOL_CACHE/mlship-duckdb" @duckdb/node-api, then ' +
  'MLSHIP_DUCKDB_PATH="$RUNNER_TOOL_CACHE/mlship-duckdb")';

/** Loaded once per folder (the host's MLSHIP_DUCKDB_PATH, or "" for beside mlship). */
const loaded = new Map<string, Promise<Duckdb | undefined>>();

/**
 * DuckDB's Node API, from MLSHIP_DUCKDB_PATH (a folder where it was installed) or else from
 * mlship's own node_modules; undefined when it is in neither. The name is a variable so that the
 * bundler leaves the import to run time (a native module cannot be part of a committed bundle).
 */
export function loadDuckdb(dir = ""): Promise<Duckdb | undefined> {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const loading = (async () => {
    const name: string = MODULE;
    try {
      if (dir) {
        const resolved = createRequire(path.join(path.resolve(dir), "index.js")).resolve(name);
        return (await import(pathToFileURL(resolved).href)) as Duckdb;
      }
      return (await import(name)) as Duckdb;
    } catch {
      return undefined;
    }
  })();
  loaded.set(dir, loading);
  return loading;
}

/** DuckDB, or a user error saying how to install it (engine: duckdb). */
export async function requireDuckdb(dir?: string): Promise<Duckdb> {
  const duck = await loadDuckdb(dir);
  if (!duck)
    throw new UserError(`engine 'duckdb': ${MODULE} could not be loaded; ${DUCKDB_INSTALL}`, { input: "engine" });
  return duck;
}
