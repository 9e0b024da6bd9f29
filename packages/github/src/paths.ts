import path from "node:path";

/** Annotations need paths relative to the workspace, or GitHub cannot place them on the file. */
export function workspaceRelative(file: string | undefined): string | undefined {
  if (!file || !path.isAbsolute(file)) return file;
  const rel = path.relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), file);
  return rel.startsWith("..") ? file : rel;
}
