import * as z from "zod";

/**
 * A git commit as records keep it: a hex SHA (full, SHA-1 or SHA-256, or abbreviated to 7+). A
 * record read back is untrusted; this shape also keeps a commit from reading as an option
 * (`--output=...`) when it reaches git.
 */
export const GIT_SHA = /^[0-9a-f]{7,64}$/;

export const gitShaSchema = z.string().regex(GIT_SHA, "a git commit must be a hex SHA");
