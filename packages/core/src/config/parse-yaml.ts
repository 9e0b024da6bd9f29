import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from "yaml";

/** YAML text as a plain value, unchecked (train's params input). Modules import YAML through here. */
export { parse as parseYamlValue } from "yaml";
import type * as z from "zod";
import { UserError } from "../errors.js";

/** Parses YAML text and checks it with a zod schema; errors name the key path, line and column. */
export function parseYamlWith<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lc.linePos(err.pos[0]);
    throw new UserError(`invalid YAML: ${err.message.split("\n")[0]}`, { file, line: pos.line, column: pos.col });
  }
  let value: unknown;
  try {
    // The yaml library stops alias bombs (billion laughs) here with a ReferenceError: bad input, not a bug.
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new UserError(`invalid YAML: ${(e as Error).message.split("\n")[0]}`, { file });
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  let keyPath = issue.path.map(String);
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    keyPath = [...keyPath, String(issue.keys[0])];
    message = `unknown key '${issue.keys[0]}'`;
  }
  const loc = locate(doc, lc, keyPath, issue.code === "unrecognized_keys");
  const shownPath = keyPath.length ? keyPath.join(".") : "(document)";
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem(s))` : "";
  throw new UserError(`${shownPath}: ${message}${more}`, { file, ...loc });
}

/** Line and column of the deepest node on `keyPath` that exists (the key itself for a map entry). */
function locate(
  doc: Document,
  lc: LineCounter,
  keyPath: string[],
  pointAtKey: boolean,
): { line?: number; column?: number } {
  let node: unknown = doc.contents;
  let at: Node | undefined = doc.contents ?? undefined;
  for (const [i, key] of keyPath.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (!pair) break;
      const last = i === keyPath.length - 1;
      at = ((last && pointAtKey) || !pair.value ? (pair.key as Node) : (pair.value as Node)) ?? at;
      node = pair.value;
    } else if (
      node &&
      typeof node === "object" &&
      "items" in node &&
      Array.isArray((node as { items: unknown[] }).items)
    ) {
      const item = (node as { items: unknown[] }).items[Number(key)];
      if (!item) break;
      at = item as Node;
      node = item;
    } else break;
  }
  const range = at?.range;
  if (!range) return {};
  const pos = lc.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}
