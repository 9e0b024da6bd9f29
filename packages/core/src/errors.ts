/**
 * A UserError is a problem with the user's input (config, data, flags, IDs):
 * it is reported as a message plus an annotation, never a stack trace.
 * Anything else that escapes a step is a bug and is shown with its stack.
 */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number;
  /** The action input or CLI flag at fault, when the error comes from one. */
  input?: string;
}

export class UserError extends Error {
  readonly location: SourceLocation;
  /** Exit code the CLI uses: 2 for bad input, 1 for a failed check or gate. */
  readonly exitCode: 1 | 2;
  constructor(message: string, location: SourceLocation = {}, exitCode: 1 | 2 = 2) {
    super(message);
    this.name = "UserError";
    this.location = location;
    this.exitCode = exitCode;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError || (e instanceof Error && e.name === "UserError");
}

/** "file:line:col" (or the input name) for the start of a message. */
function formatLocation(loc: SourceLocation): string {
  if (loc.input) return `input '${loc.input}'`;
  if (!loc.file) return "";
  return [loc.file, loc.line, loc.line !== undefined ? loc.column : undefined].filter((p) => p !== undefined).join(":");
}

export function describeError(e: UserError): string {
  const where = formatLocation(e.location);
  return where ? `${where}: ${e.message}` : e.message;
}
