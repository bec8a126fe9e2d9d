/**
 * Reads a deck link's hash the way reveal.js does and says which slide name it asks for
 * when the deck has no such slide (reveal then silently opens the first slide).
 */

/**
 * The slide name in `hash` that `hasSlide` does not know, or `null` when the hash is empty,
 * numeric (`#/3/1`, which reveal clamps to the deck) or names a slide that exists.
 * @example findUnknownSlide('#/programe', (id) => id === 'programme') // "programe"
 */
export function findUnknownSlide(hash: string, hasSlide: (id: string) => boolean): string | null {
  const match = /^#\/([^/?]+)/.exec(hash);
  const first = match?.[1];
  if (first === undefined || /^\d+$/.test(first)) return null;
  let name: string;
  try {
    name = decodeURIComponent(first);
  } catch {
    return first;
  }
  return hasSlide(name) ? null : name;
}
