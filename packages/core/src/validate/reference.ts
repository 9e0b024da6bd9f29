import { decideColumnDrift } from "../drift/column-drift.js";
import type { ColumnDrift } from "../drift/check.js";
import { readProfileFile, type ColumnProfile, type DatasetProfile } from "../data/profile.js";
import { validateTable } from "./validate.js";

/** A reference for validate-data: a saved profile.json, or a dataset profiled now (streamed). */
export async function referenceProfile(files: string[], format?: string): Promise<DatasetProfile> {
  if (files.length === 1 && files[0].toLowerCase().endsWith(".json")) return readProfileFile(files[0]);
  return (await validateTable(files, undefined, { format })).profile;
}

export interface SchemaDiff {
  added: string[];
  removed: string[];
  /** Removed and added columns that look like one column renamed (same type, similar values). */
  renamed: { from: string; to: string }[];
  retyped: { column: string; from: string; to: string }[];
}

/** How alike two columns' values are, 0..1: shared category mass, or overlap of their ranges. */
function likeness(a: ColumnProfile, b: ColumnProfile): number {
  if (a.counts && b.counts) {
    const total = (c: Record<string, number>) => Object.values(c).reduce((s, v) => s + v, 0);
    const ta = total(a.counts),
      tb = total(b.counts);
    let shared = 0;
    for (const [k, v] of Object.entries(a.counts)) shared += Math.min(v / ta, (b.counts[k] ?? 0) / tb);
    return shared;
  }
  if (a.quantiles && b.quantiles) {
    const lo = Math.max(a.quantiles[5], b.quantiles[5]),
      hi = Math.min(a.quantiles[95], b.quantiles[95]);
    const span = Math.max(a.quantiles[95] - a.quantiles[5], b.quantiles[95] - b.quantiles[5], 1e-12);
    return Math.max(0, hi - lo) / span;
  }
  return 0;
}

/** Columns added, removed, renamed-looking and retyped between a reference and the data. */
export function schemaDiff(ref: DatasetProfile, cur: DatasetProfile): SchemaDiff {
  const refBy = new Map(ref.columns.map((c) => [c.name, c]));
  const curBy = new Map(cur.columns.map((c) => [c.name, c]));
  let added = cur.columns.filter((c) => !refBy.has(c.name)).map((c) => c.name);
  let removed = ref.columns.filter((c) => !curBy.has(c.name)).map((c) => c.name);
  const renamed: SchemaDiff["renamed"] = [];
  for (const r of [...removed]) {
    const rp = refBy.get(r)!;
    const best = added
      .map((a) => ({ a, score: curBy.get(a)!.inferredType === rp.inferredType ? likeness(rp, curBy.get(a)!) : 0 }))
      .sort((x, y) => y.score - x.score)[0];
    if (best && best.score >= 0.8) {
      renamed.push({ from: r, to: best.a });
      added = added.filter((x) => x !== best.a);
      removed = removed.filter((x) => x !== r);
    }
  }
  const retyped = cur.columns
    .filter(
      (c) =>
        refBy.has(c.name) &&
        c.inferredType &&
        refBy.get(c.name)!.inferredType &&
        c.inferredType !== refBy.get(c.name)!.inferredType,
    )
    .map((c) => ({ column: c.name, from: refBy.get(c.name)!.inferredType!, to: c.inferredType! }));
  return { added, removed, renamed, retyped };
}

/**
 * Per shared column, distribution skew between the reference and the data: check-drift's decision
 * on the two profiles, always a distance (Wasserstein for numbers, Jensen–Shannon for categories).
 * Exact (scipy's wasserstein_distance / std(reference)) where both profiles kept their values.
 */
export function skew(ref: DatasetProfile, cur: DatasetProfile): ColumnDrift[] {
  const refBy = new Map(ref.columns.map((c) => [c.name, c]));
  return cur.columns
    .filter((c) => refBy.has(c.name))
    .map((c) =>
      decideColumnDrift(
        c.name,
        { kind: "profile", profile: refBy.get(c.name)! },
        { kind: "profile", profile: c },
        { auto: "distance" },
      ),
    );
}
