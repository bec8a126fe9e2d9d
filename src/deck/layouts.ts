/** The slide layouts a slide file may ask for in its front matter. */
export const LAYOUTS = [
  'holding',
  'title',
  'programme',
  'segment',
  'objectives',
  'gains',
  'background',
  'series',
  'map',
  'map-table',
  'content',
  'points',
  'closing',
] as const;

export type Layout = (typeof LAYOUTS)[number];

/** Whether `value` names a known layout. */
export function isLayout(value: unknown): value is Layout {
  return typeof value === 'string' && (LAYOUTS as readonly string[]).includes(value);
}
