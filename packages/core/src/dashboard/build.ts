import { promises as fs } from "node:fs";
import path from "node:path";
import type { Project } from "../project.js";
import { UserError } from "../errors.js";
import { dashboardData, type DashboardData } from "./data.js";
import type { RegistryAccess } from "../registry/uri.js";
import { dashboardPages } from "../report/html/dashboard.js";

export interface DashboardSite {
  dir: string;
  pages: number;
  bytes: number;
  data: DashboardData;
}

/**
 * Builds the static site into `out`: written whole into a sibling temp folder, then swapped in,
 * so a reader (or GitHub Pages' upload) never sees half a site. Refuses to replace a folder that
 * is not an earlier dashboard.
 */
export async function buildDashboard(project: Project, out: string, access?: RegistryAccess): Promise<DashboardSite> {
  const dir = path.resolve(out);
  const existing = await fs.readdir(dir).catch(() => null);
  if (existing && existing.length && !existing.includes("data.json")) {
    throw new UserError(
      `--out ${out} exists and is not an mlship dashboard (no data.json): choose an empty or new folder`,
      { input: "out" },
    );
  }
  const data = await dashboardData(project, access);
  const pages = await dashboardPages(data);
  const tmp = `${dir}.tmp-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  let bytes = 0;
  for (const [rel, html] of pages) {
    const file = path.join(tmp, rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, html);
    bytes += Buffer.byteLength(html);
  }
  const json = JSON.stringify(data, null, 2) + "\n";
  await fs.writeFile(path.join(tmp, "data.json"), json);
  // GitHub Pages would otherwise run Jekyll over the site.
  await fs.writeFile(path.join(tmp, ".nojekyll"), "");
  const old = `${dir}.old-${process.pid}`;
  if (existing) await fs.rename(dir, old);
  await fs.rename(tmp, dir);
  if (existing) await fs.rm(old, { recursive: true, force: true });
  return { dir, pages: pages.size, bytes: bytes + json.length, data };
}
