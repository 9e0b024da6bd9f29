import * as z from "zod";

/** runs/last.json, which train writes so later steps need no paths (read by project.ts). */
export const lastRunSchema = z.object({ runDir: z.string() });
