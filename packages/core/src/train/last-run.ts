import * as z from "zod";

/** runs/last.json, which train writes so later steps need no paths (project.ts imports this on use: no zod at start). */
export const lastRunSchema = z.object({ runDir: z.string() });
