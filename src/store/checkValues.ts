/**
 * Checks of the values pages save, not only their shapes: a timestamp the page could not
 * show, a negative duration or times in an impossible order make a page fail on every
 * reload, so saved state holding them is set aside like unreadable text. Each check has a
 * predicate (`isX`) for parsers that drop bad items, and a throwing form (`expectX`) whose
 * message says what does not fit.
 */

/** The earliest instant a page accepts from storage or the network: 2000-01-01 UTC. */
export const MIN_INSTANT = Date.UTC(2000, 0, 1);
/** The latest instant a page accepts from storage or the network: 2100-01-01 UTC. */
export const MAX_INSTANT = Date.UTC(2100, 0, 1);
/** The longest duration a page accepts: a day, far beyond any show or rehearsal. */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
/** The longest id a page accepts. */
export const MAX_ID_LENGTH = 200;

/** Whether `value` is epoch milliseconds between 2000 and 2100. */
export function isInstant(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= MIN_INSTANT &&
    value <= MAX_INSTANT
  );
}

/** Whether `value` is a duration in milliseconds from 0 to a day. */
export function isDuration(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DURATION_MS
  );
}

/** Whether `value` is a non-empty id of sane length. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

/** Returns `value` if it is an instant between 2000 and 2100. @throws Error naming `where`. */
export function expectInstant(value: unknown, where: string): number {
  if (isInstant(value)) return value;
  throw new Error(`${where} should be a time between 2000 and 2100, got ${JSON.stringify(value)}`);
}

/** Returns `value` if it is a duration from 0 to a day. @throws Error naming `where`. */
export function expectDuration(value: unknown, where: string): number {
  if (isDuration(value)) return value;
  throw new Error(`${where} should be a duration from 0 to 24 hours, got ${JSON.stringify(value)}`);
}

/** Returns `value` if it is a non-empty id. @throws Error naming `where`. */
export function expectId(value: unknown, where: string): string {
  if (isId(value)) return value;
  throw new Error(`${where} should be an id, got ${JSON.stringify(value)}`);
}

/** Checks that `earlier` is not after `later`. @throws Error naming both. */
export function expectInOrder(
  earlier: number,
  earlierWhere: string,
  later: number,
  laterWhere: string,
): void {
  if (earlier > later) throw new Error(`${laterWhere} is before ${earlierWhere}`);
}
