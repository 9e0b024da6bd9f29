import { promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import { parseYamlWith } from "./parse-yaml.js";
import { configSchema, type MlshipConfig } from "./schema.js";

export interface LoadedConfig {
  config: MlshipConfig;
  /** Absolute path of mlship.yml; relative paths in it resolve against its folder. */
  file: string;
  dir: string;
}

export async function loadConfig(configPath = "mlship.yml"): Promise<LoadedConfig> {
  const file = path.resolve(configPath);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") {
      throw new UserError(`config file not found (create mlship.yml or pass --config / the 'config' input)`, {
        file: configPath,
      });
    }
    throw e;
  }
  const config = parseYamlWith(text, path.relative(process.cwd(), file) || file, configSchema);
  return { config, file, dir: path.dirname(file) };
}
