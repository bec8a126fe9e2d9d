/** Error helpers shared by the pages. */

/** The message of anything thrown, for showing to a person. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
