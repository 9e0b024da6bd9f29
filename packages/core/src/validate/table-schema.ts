import { promises as fs } from "node:fs";
import * as z from "zod";
import { UserError } from "../errors.js";
import { parseYamlWith } from "../config/parse-yaml.js";
import type { Ajv, ValidateFunction } from "ajv";

/** Frictionless Table Schema fields and constraints, plus dataset-level checks. */
const fieldTypes = ["string", "integer", "number", "boolean", "date", "datetime", "categorical"] as const;

const fieldSchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(fieldTypes).default("string"),
  description: z.string().optional(),
  constraints: z
    .strictObject({
      required: z.boolean().optional(),
      unique: z.boolean().optional(),
      minimum: z.union([z.number(), z.string()]).optional(),
      maximum: z.union([z.number(), z.string()]).optional(),
      enum: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
      pattern: z.string().optional(),
      minLength: z.number().int().nonnegative().optional(),
      maxLength: z.number().int().nonnegative().optional(),
    })
    .default({}),
  maxNullFraction: z.number().min(0).max(1).optional(),
});

export const tableSchemaSchema = z.strictObject({
  $schema: z.string().optional(),
  fields: z.array(fieldSchema).min(1),
  missingValues: z.array(z.string()).default([""]),
  primaryKey: z.union([z.string(), z.array(z.string())]).optional(),
  rows: z
    .strictObject({ min: z.number().int().nonnegative().optional(), max: z.number().int().positive().optional() })
    .optional(),
  maxNullFraction: z.number().min(0).max(1).optional().describe("Default null fraction allowed per column"),
  allowExtraColumns: z.boolean().default(true),
  allowDuplicateRows: z.boolean().default(true),
});

export type TableSchema = z.output<typeof tableSchemaSchema>;
export type FieldSchema = z.output<typeof fieldSchema>;

export async function loadTableSchema(file: string): Promise<TableSchema> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new UserError("schema file not found", { file });
  }
  const schema = parseYamlWith(text, file, tableSchemaSchema);
  const names = new Set<string>();
  for (const f of schema.fields) {
    if (names.has(f.name)) throw new UserError(`fields: '${f.name}' is declared twice`, { file });
    names.add(f.name);
    if (f.constraints.pattern) {
      try {
        new RegExp(f.constraints.pattern, "u");
      } catch (e) {
        throw new UserError(`fields.${f.name}.constraints.pattern: ${(e as Error).message}`, { file });
      }
    }
  }
  return schema;
}

/**
 * A JSON Schema for JSONL records (a .json schema file with no `fields`), compiled once with ajv
 * (and ajv-formats) and then applied to every record.
 */
export async function loadRecordSchema(file: string): Promise<ValidateFunction | undefined> {
  if (!file.toLowerCase().endsWith(".json")) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (e) {
    throw new UserError(`schema: ${(e as Error).message}`, { file });
  }
  if (!value || typeof value !== "object" || "fields" in (value as object)) return undefined;
  // Loaded here, not at start: only a JSON Schema for JSONL needs ajv (≈ 190 KB with its formats).
  // Both are CommonJS: import() gives module.exports as `default` (in Node and in the bundle alike).
  const [{ default: ajvModule }, { default: formatsModule }] = await Promise.all([
    import("ajv"),
    import("ajv-formats"),
  ]);
  const ajv = new ajvModule.Ajv({ allErrors: true, strict: false });
  (formatsModule.default as unknown as (a: Ajv) => void)(ajv);
  try {
    return ajv.compile(value as object);
  } catch (e) {
    throw new UserError(`invalid JSON Schema: ${(e as Error).message}`, { file });
  }
}
