/**
 * Whether two views are the same: equal primitives, or arrays and plain objects whose
 * entries are the same views. Anything else (a luxon DateTime, a Schedule's segments'
 * instants) is the same only when it is the same object, which is what a view holding a
 * reference to unchanged state relies on.
 */
export function isSameView(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => isSameView(x, b[i]));
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every((key) => key in right && isSameView(left[key], right[key]));
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
