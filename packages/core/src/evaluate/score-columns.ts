import { UserError } from "../errors.js";

/** The columns a pattern like "proba_*" matches, each with the text "*" stood for. */
export function matchScoreColumns(columns: string[], pattern: string): { column: string; value: string }[] {
  const star = pattern.indexOf("*");
  if (star < 0 || pattern.indexOf("*", star + 1) >= 0)
    throw new UserError(`score-columns '${pattern}' must hold exactly one '*' (the class), like "proba_*"`, {
      input: "score-columns",
    });
  const [pre, post] = [pattern.slice(0, star), pattern.slice(star + 1)];
  return columns
    .filter((c) => c.length > pre.length + post.length && c.startsWith(pre) && c.endsWith(post))
    .map((column) => ({ column, value: column.slice(pre.length, column.length - post.length) }));
}
