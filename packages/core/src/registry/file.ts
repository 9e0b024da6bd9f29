import { ModelRegistry } from "./model-registry.js";
import { FileBackend } from "./backends/file.js";

/** The embedded registry in a folder (`file://<dir>`, the default `.mlship/registry`). */
export class FileRegistry extends ModelRegistry {
  constructor(root: string) {
    super(new FileBackend(root));
  }
}
