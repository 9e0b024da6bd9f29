/** Runs `fn` and returns what it threw; fails the test when it throws nothing. */
export async function caught(
  fn: () => unknown,
): Promise<Error & { location?: Record<string, unknown>; exitCode?: number }> {
  try {
    await fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error, none was thrown");
}
