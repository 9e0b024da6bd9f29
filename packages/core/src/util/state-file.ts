import path from "node:path";
import type * as z from "zod";
import { UserError } from "../errors.js";
import { readTextIfExists } from "./fs-atomic.js";

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

/**
 * A state file mlship wrote earlier, read back and checked against its schema: a truncated or
 * hand-edited file is a clear error naming it (exit 2), never a stack trace or a wrong value
 * used further. Undefined when the file does not exist.
 */
export async function readJsonChecked<S extends z.ZodType>(
  file: string,
  schema: S,
  what: string,
): Promise<z.output<S> | undefined> {
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  return parseChecked(text, schema, what, shown(file));
}

/** parseChecked for text already read (a registry object): `where` names it in errors. */
export function parseChecked<S extends z.ZodType>(
  text: string,
  schema: S,
  what: string,
  where: string,
  line?: number,
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `${what} is not valid JSON (${(e as Error).message}); it was cut short or edited by hand: restore or remove it`,
      { file: where, line },
    );
  }
  return checked(value, schema, what, where, line);
}

/** A value read from storage, checked against its schema. */
export function checked<S extends z.ZodType>(
  value: unknown,
  schema: S,
  what: string,
  where: string,
  line?: number,
): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new UserError(`${what} does not have the expected shape (${issues(r.error)}): restore or remove it`, {
      file: where,
      line,
    });
  return r.data;
}
